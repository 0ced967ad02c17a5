using MppDirectory.Azurite;
using MppDirectory.Storage.Publishing;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

public sealed class PublisherTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task PublishingTheSameDataTwiceChangesNothing()
    {
        var clients = StorageNames.Unique("p").ClientsFor(fixture.Azurite);
        var publisher = new DatasetPublisher(new DatasetStore(clients), TimeProvider.System);
        var container = clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer);

        var first = await publisher.PublishAsync(TestSeed.Data);
        var blobsBefore = await container.GetBlobsAsync().Select(b => (b.Name, b.Properties.ETag)).ToListAsync();
        var second = await publisher.PublishAsync(TestSeed.Data);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Manifest.Version, second.Manifest.Version);
        Assert.Equal(first.Manifest.Files, second.Manifest.Files);
        Assert.Equal(blobsBefore, await container.GetBlobsAsync().Select(b => (b.Name, b.Properties.ETag)).ToListAsync());
        Assert.Equal(first.Manifest.Files.Count, blobsBefore.Count);
        Assert.All(blobsBefore, b => Assert.StartsWith(first.Manifest.Version + "/", b.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStoreAnOlderBuildPublishedToKeepsItsVersions()
    {
        // Before the newest-first rows a store held only the version rows: the next publish lists them
        // and finds its data published already.
        var clients = StorageNames.Unique("p").ClientsFor(fixture.Azurite);
        var store = new DatasetStore(clients);
        var publisher = new DatasetPublisher(store, TimeProvider.System);
        var first = await publisher.PublishAsync(TestSeed.Data);
        var table = clients.Tables.GetTableClient(clients.Options.TablePrefix + "Datasets");
        await foreach (var listed in table.QueryAsync<Azure.Data.Tables.TableEntity>("RowKey gt '~'"))
        {
            await table.DeleteEntityAsync(listed);
        }

        var again = await publisher.PublishAsync(TestSeed.Data);

        Assert.False(again.Created);
        Assert.Equal(first.Manifest.Version, again.Manifest.Version);
        Assert.Equal([first.Manifest.Version], (await store.ListAsync(page: 1, perPage: 20)).NewestFirst.Select(v => v.Version));
    }
}
