namespace MppDirectory.Tables.Tests;

public sealed class ConnectionStringTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void DevelopmentStorageUsesAzuriteDefaults()
    {
        var client = new TableServiceClient("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), client.Uri);
        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Fact]
    public void ExplicitTableEndpointIsUsedAsIs()
    {
        var client = new TableServiceClient($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:54321/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:54321/devstoreaccount1"), client.Uri);
        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Fact]
    public void AccountKeyAndSuffixBuildTheAccountEndpoint()
    {
        var client = new TableServiceClient($"DefaultEndpointsProtocol=https;AccountName=mppdirectory;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://mppdirectory.table.core.windows.net"), client.Uri);
        Assert.Equal("mppdirectory", client.AccountName);
    }

    [Fact]
    public void ProtocolAndSuffixDefaultToHttpsAndPublicCloud()
    {
        var client = new TableServiceClient($" accountname = mppdirectory ; AccountKey={Key}");

        Assert.Equal(new Uri("https://mppdirectory.table.core.windows.net"), client.Uri);
    }

    [Fact]
    public void SovereignCloudSuffixIsHonoured()
    {
        var client = new TableServiceClient($"AccountName=mpp;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://mpp.table.core.chinacloudapi.cn"), client.Uri);
    }

    [Fact]
    public void TableUriJoinsEndpointAndTableName()
    {
        var client = new TableServiceClient("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1/malls"), client.GetTableClient("malls").Uri);
        Assert.Equal("malls", client.GetTableClient("malls").Name);
    }

    [Theory]
    [InlineData("AccountName=mpp")]
    [InlineData("AccountKey=" + Key)]
    [InlineData("AccountName=mpp;AccountKey=" + Key + ";garbage")]
    [InlineData("AccountName=mpp;AccountName=other;AccountKey=" + Key)]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("AccountName=mpp;AccountKey=" + Key + ";TableEndpoint=not a uri")]
    [InlineData("AccountName=mpp;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp")]
    public void MalformedConnectionStringsFailWithFormatException(string connectionString)
    {
        Assert.Throws<FormatException>(() => new TableServiceClient(connectionString));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AccountName=mpp;AccountKey=not*base64")]
    public void EmptyConnectionStringsAndBadKeysFailWithArgumentException(string connectionString)
    {
        Assert.Throws<ArgumentException>(() => new TableServiceClient(connectionString));
    }

    [Fact]
    public void ErrorMessagesDoNotEchoTheAccountKey()
    {
        var failure = Assert.Throws<FormatException>(() => new TableServiceClient($"AccountKey={Key};{Key}"));

        Assert.DoesNotContain(Key, failure.Message, StringComparison.Ordinal);
    }
}
