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

        var first = await publisher.PublishAsync(Seed.Data);
        var blobsBefore = await container.GetBlobsAsync().Select(b => (b.Name, b.Properties.ETag)).ToListAsync();
        var second = await publisher.PublishAsync(Seed.Data);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Manifest.Version, second.Manifest.Version);
        Assert.Equal(first.Manifest.Files, second.Manifest.Files);
        Assert.Equal(blobsBefore, await container.GetBlobsAsync().Select(b => (b.Name, b.Properties.ETag)).ToListAsync());
        Assert.Equal(first.Manifest.Files.Count, blobsBefore.Count);
        Assert.All(blobsBefore, b => Assert.StartsWith(first.Manifest.Version + "/", b.Name, StringComparison.Ordinal));
    }
}
