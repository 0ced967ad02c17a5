using MppDirectory.Api.Storage;
using MppDirectory.Domain;
using MppDirectory.Tables;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Storage;

public sealed class DirectoryStoreTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    private readonly DirectoryData _seed = TestSeed.Data;

    private DirectoryStore NewStore(out DirectoryTables tables)
    {
        tables = new DirectoryTables(new TableServiceClient(fixture.Azurite.ConnectionString), "s" + Guid.NewGuid().ToString("N")[..8]);
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
    public async Task ChangedDataReplacesOnlyWhatDiffersAndBumpsTheVersion()
    {
        var store = NewStore(out _);
        var first = await store.SyncAsync(_seed);
        var langsa = _seed.Mpps.Single(m => m.Id == "kota-langsa");
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
            await foreach (var entity in table.QueryAsync())
            {
                etags[$"{table.Name}/{entity.PartitionKey}/{entity.RowKey}"] = entity.ETag.ToString();
            }
        }

        return etags;
    }
}
