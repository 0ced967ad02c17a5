using Azure.Data.Tables;
using MppDirectory.Domain;
using MppDirectory.Storage.Records;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

public sealed class DirectoryStoreTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    private readonly DirectoryData _seed = Seed.Data;

    private DirectoryStore NewStore(out DirectoryTables tables)
    {
        tables = DirectoryTables.From(StorageNames.Unique("s").ClientsFor(fixture.Azurite));
        return new DirectoryStore(tables);
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
            new[] { $"{tables.Counters.Name}/kota-langsa/{removed.Id}", $"{tables.Meta.Name}/directory/version", $"{tables.Mpps.Name}/mpp/kota-langsa" }.Order(StringComparer.Ordinal),
            touched.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task VersionOfAnEmptyAccountIsNull()
    {
        Assert.Null(await NewStore(out _).GetVersionAsync());
    }

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
