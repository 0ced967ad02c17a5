using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MppDirectory.Azurite;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Storage.Records;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

public sealed class DirectoryStoreTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    private readonly DirectoryData _seed = TestSeed.Data;

    private DirectoryStore NewStore(out DirectoryTables tables) => NewStore(out tables, out _);

    private DirectoryStore NewStore(out DirectoryTables tables, out BlobContainerClient container)
    {
        var clients = StorageNames.Unique("s").ClientsFor(fixture.Azurite);
        tables = DirectoryTables.From(clients);
        container = clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer);
        return new DirectoryStore(tables, new SnapshotStore(container));
    }

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        var store = NewStore(out var tables);
        var first = await store.SyncAsync(_seed);
        var etagsBefore = await ETagsAsync(tables);
        var versionBefore = await store.GetVersionAsync();

        var second = await store.SyncAsync(_seed);

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal(first.Added, second.Unchanged);
        Assert.Equal(etagsBefore, await ETagsAsync(tables));
        Assert.Equal(versionBefore, await store.GetVersionAsync());
    }

    [Fact]
    public async Task LoadReturnsExactlyWhatWasSynced()
    {
        var store = NewStore(out _);
        var result = await store.SyncAsync(_seed);

        var loaded = await store.LoadAsync();

        Assert.Equal(result.Version, DirectoryFingerprint.Of(loaded));
        Assert.Equal(
            _seed.Mpps.Single(m => m.Id == "kota-langsa").Counters.Select(c => c.Id),
            loaded.Mpps.Single(m => m.Id == "kota-langsa").Counters.Select(c => c.Id));
    }

    [Fact]
    public async Task ARecordLongerThanOnePropertyHoldsIsSplitAndReadWhole()
    {
        var store = NewStore(out _);
        var langsa = _seed.Mpps.Single(m => m.Id == "kota-langsa");
        var quote = string.Concat(Enumerable.Repeat("kalimat uji yang panjang ", 4000)); // 100,000 characters: four properties' worth
        var data = _seed with { Mpps = [.. _seed.Mpps.Where(m => m.Id != "kota-langsa"), langsa with { Citations = [.. langsa.Citations, new Citation("serambinews-2024-08-03", quote)] }] };

        await store.SyncAsync(data);

        Assert.Equal(quote, (await store.LoadAsync()).Mpps.Single(m => m.Id == "kota-langsa").Citations[^1].Quote);
        Assert.Equal(0, (await store.SyncAsync(data)).Replaced); // the parts compare as they were written
    }

    [Fact]
    public async Task ChangedDataWritesOnlyWhatDiffersAndBumpsTheVersion()
    {
        var store = NewStore(out var tables);
        var first = await store.SyncAsync(_seed);
        var etagsBefore = await ETagsAsync(tables);
        var langsa = _seed.Mpps.Single(m => m.Id == "kota-langsa");
        var removed = langsa.Counters[^1];
        var changed = _seed with
        {
            Mpps = [.. _seed.Mpps.Where(m => m.Id != "kota-langsa"), langsa with { Floors = 3, Counters = langsa.Counters.Take(langsa.Counters.Count - 1).ToList() }],
        };

        var second = await store.SyncAsync(changed);

        Assert.Equal(1, second.Replaced);
        Assert.Equal(1, second.Deleted);
        Assert.Equal(0, second.Added);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(second.Version, (await store.GetVersionAsync())!.Version);
        Assert.Equal(3, (await store.LoadAsync()).Mpps.Single(m => m.Id == "kota-langsa").Floors);

        // Every other entity keeps its ETag: nothing else was written.
        var etagsAfter = await ETagsAsync(tables);
        var touched = etagsBefore.Where(e => !etagsAfter.TryGetValue(e.Key, out var after) || after != e.Value).Select(e => e.Key).ToList();
        Assert.Equal(
            new[] { $"{tables.Mpps.Name}/mpp/kota-langsa~{removed.Id}", $"{tables.Mpps.Name}/mpp/kota-langsa" }.Order(StringComparer.Ordinal),
            touched.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SyncWritesTheVersionsSnapshotWhichLoadsWithoutTheTables()
    {
        var store = NewStore(out var tables, out var container);
        var result = await store.SyncAsync(_seed);

        Assert.True(await container.GetBlobClient(SnapshotStore.BlobName(result.Version)).ExistsAsync());
        await tables.Mpps.DeleteAsync(); // a load that still scanned the tables would miss every MPP

        Assert.Equal(result.Version, (await store.GetVersionAsync())!.Version);
        var loaded = await new SnapshotStore(container).ReadAsync(result.Version);

        Assert.NotNull(loaded);
        Assert.Equal(result.Version, DirectoryFingerprint.Of(loaded));
        Assert.Equal(_seed.Mpps.Count, loaded.Mpps.Count);
    }

    [Fact]
    public async Task ASnapshotThatIsNotOfItsVersionIsNotLoaded()
    {
        var store = NewStore(out _, out var container);
        var result = await store.SyncAsync(_seed);
        var other = _seed with { Mpps = [.. _seed.Mpps.Skip(1)] };
        await new SnapshotStore(container).WriteAsync(other); // a true snapshot, of another version
        var otherBytes = (await container.GetBlobClient(SnapshotStore.BlobName(DirectoryFingerprint.Of(other))).DownloadContentAsync()).Value.Content;
        await container.GetBlobClient(SnapshotStore.BlobName(result.Version)).UploadAsync(otherBytes, overwrite: true);

        Assert.Null(await new SnapshotStore(container).ReadAsync(result.Version));
    }

    [Fact]
    public async Task TheServedVersionIsReplacedOnlyWhereItIsAsRead()
    {
        var store = NewStore(out _, out var container);
        await store.SyncAsync(_seed);
        var snapshots = new SnapshotStore(container);
        var (served, read) = await snapshots.ReadCurrentAsync();

        Assert.True(await snapshots.TryReplaceCurrentAsync(served! with { Version = "first" }, read));
        Assert.False(await snapshots.TryReplaceCurrentAsync(served with { Version = "stale" }, read));
        Assert.False(await snapshots.TryReplaceCurrentAsync(served with { Version = "as-if-absent" }, null));
        Assert.Equal("first", (await store.GetVersionAsync())!.Version);
    }

    [Fact]
    public async Task APublishDeletesTheSnapshotsOlderThanThePreviousOne()
    {
        var store = NewStore(out _, out var container);
        await container.CreateIfNotExistsAsync();
        var datasetFile = container.GetBlobClient("1.0.0/mpps.csv"); // published dataset files share the container
        await datasetFile.UploadAsync(BinaryData.FromString("id\r\n"));
        var versions = new List<string>();
        for (var count = 4; count >= 1; count--)
        {
            versions.Add((await store.SyncAsync(_seed with { Mpps = [.. _seed.Mpps.Take(count)] })).Version);
        }

        // The served one, and the one before it (instances may still be loading it); the two older ones are gone.
        Assert.Equal(versions[3], (await store.GetVersionAsync())!.Version);
        Assert.Equal(new[] { versions[2], versions[3] }.Order(StringComparer.Ordinal), await SnapshotVersionsAsync(container));
        Assert.True(await datasetFile.ExistsAsync());
    }

    [Fact]
    public async Task TheServedSnapshotIsNeverDeletedEvenWhenItIsTheOldest()
    {
        var store = NewStore(out _, out var container);
        var first = _seed with { Mpps = [.. _seed.Mpps.Take(1)] };
        var a = (await store.SyncAsync(first)).Version;
        await store.SyncAsync(_seed with { Mpps = [.. _seed.Mpps.Take(2)] });
        await store.SyncAsync(first); // back to the first data: its snapshot, older than the previous one, is served again

        Assert.Equal(a, (await store.GetVersionAsync())!.Version);
        Assert.NotNull(await new SnapshotStore(container).ReadAsync(a));

        var c = (await store.SyncAsync(_seed with { Mpps = [.. _seed.Mpps.Take(3)] })).Version;
        var d = (await store.SyncAsync(_seed)).Version;

        Assert.Equal(new[] { c, d }.Order(StringComparer.Ordinal), await SnapshotVersionsAsync(container));
        Assert.NotNull(await new SnapshotStore(container).ReadAsync(d));
    }

    [Fact]
    public async Task VersionOfAnEmptyAccountIsNull()
    {
        Assert.Null(await NewStore(out _).GetVersionAsync());
    }

    /// <summary>The versions of the read-model snapshots in the container, in ordinal order.</summary>
    private static async Task<List<string>> SnapshotVersionsAsync(BlobContainerClient container) =>
        await container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "read-model/" })
            .Select(b => b.Name)
            .Where(name => name.EndsWith(".json.br", StringComparison.Ordinal))
            .Select(name => name["read-model/".Length..^".json.br".Length])
            .Order(StringComparer.Ordinal)
            .ToListAsync();

    private static async Task<Dictionary<string, string>> ETagsAsync(DirectoryTables tables)
    {
        var etags = new Dictionary<string, string>();
        foreach (var table in tables.All)
        {
            await foreach (var entity in table.QueryAsync<TableEntity>())
            {
                etags[$"{table.Name}/{entity.PartitionKey}/{entity.RowKey}"] = entity.ETag.ToString();
            }
        }

        return etags;
    }
}
