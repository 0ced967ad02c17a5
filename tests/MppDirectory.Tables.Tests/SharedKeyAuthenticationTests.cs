using Azure;
using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

[Collection(nameof(AzuriteTableStorage))]
public sealed class SharedKeyAuthenticationTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task WrongAccountKeyIsRejectedWith403()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var client = new TableServiceClient(fixture.Azurite.TableEndpoint, new TableSharedKeyCredential(AzuriteProcess.AccountName, wrongKey));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.CreateTableIfNotExistsAsync(AzuriteTableStorage.UniqueTableName()));

        Assert.Equal(403, failure.Status);
    }

    [Fact]
    public async Task RightAccountKeyIsAcceptedThroughTheCredentialConstructor()
    {
        var client = new TableServiceClient(
            fixture.Azurite.TableEndpoint, new TableSharedKeyCredential(AzuriteProcess.AccountName, AzuriteProcess.AccountKey));
        var name = AzuriteTableStorage.UniqueTableName();

        var created = await client.CreateTableIfNotExistsAsync(name);
        await client.GetTableClient(name).AddEntityAsync(new TableEntity("mall", "r"));

        Assert.Equal(204, created.Status);
        Assert.Equal(AzuriteProcess.AccountName, client.AccountName);
    }
}
