namespace MppDirectory.Storage.Tests;

/// <summary>How settings choose the storage endpoints and credential (no storage is reached).</summary>
public sealed class StorageClientsTests
{
    [Fact]
    public void AnAccountNameGivesBothPublicEndpointsReachedByIdentity()
    {
        var clients = new StorageClients(new StorageOptions { AccountName = "mppdirprod" });

        Assert.Equal(new Uri("https://mppdirprod.table.core.windows.net/"), clients.Tables.Uri);
        Assert.Equal(new Uri("https://mppdirprod.blob.core.windows.net/"), clients.Blobs.Uri);
        Assert.Equal("mppdirprod", clients.Blobs.AccountName);
    }

    [Fact]
    public void ExplicitServiceUrisWinOverTheAccountName()
    {
        var clients = new StorageClients(new StorageOptions
        {
            AccountName = "ignored",
            TableServiceUri = new Uri("https://tables.example.internal/"),
            BlobServiceUri = new Uri("https://blobs.example.internal/"),
            ClientId = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal(new Uri("https://tables.example.internal/"), clients.Tables.Uri);
        Assert.Equal(new Uri("https://blobs.example.internal/"), clients.Blobs.Uri);
    }

    [Fact]
    public void AConnectionStringWinsForAzurite()
    {
        var clients = new StorageClients(new StorageOptions
        {
            AccountName = "ignored",
            ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;" +
                "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:2/devstoreaccount1;",
        });

        Assert.Equal(2, clients.Tables.Uri.Port);
        Assert.Equal(1, clients.Blobs.Uri.Port);
    }

    [Fact]
    public void NoSettingsIsAClearErrorNamingThem()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StorageClients(new StorageOptions()));

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("accountName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyOneEndpointIsNotEnough()
    {
        Assert.Throws<InvalidOperationException>(() => new StorageClients(new StorageOptions { TableServiceUri = new Uri("https://t.example/") }));
    }

    [Fact]
    public void AnUnknownCredentialIsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StorageClients(new StorageOptions { AccountName = "x", Credential = "default" }));

        Assert.Contains("managedidentity or azurecli", error.Message, StringComparison.Ordinal);
        Assert.NotNull(new StorageClients(new StorageOptions { AccountName = "x", Credential = "AzureCli" }).Tables);
    }
}
