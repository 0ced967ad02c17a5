using MppDirectory.Azurite;
using MppDirectory.Domain.Records;
using MppDirectory.Storage.Records;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

public sealed class AuditedWritesTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AStaleETagWritesNeitherTheMppNorTheChange()
    {
        var (store, writes) = await SeededAsync();
        var (langsa, etag) = (await writes.ReadMppAsync("kota-langsa"))!.Value;
        Assert.NotNull(await writes.ReplaceMppAsync(langsa with { Floors = 4 }, etag, Change("kota-langsa")));

        var stale = await writes.ReplaceMppAsync(langsa with { Floors = 5 }, etag, Change("kota-langsa") with { RequestId = "another" });

        Assert.Null(stale);
        Assert.Equal(4, (await writes.ReadMppAsync("kota-langsa"))!.Value.Mpp.Floors);
        Assert.Equal(1, await writes.LastChangeAsync());
        Assert.Single(await writes.ReadChangesAsync(0, 100));
        Assert.Equal(4, (await store.LoadAsync()).Mpps.Single(m => m.Id == "kota-langsa").Floors); // the trail is not an MPP
    }

    [Fact]
    public async Task AWriteRepeatedAfterItsAnswerWasLostIsRecognisedAsCommitted()
    {
        var (_, writes) = await SeededAsync();
        var (langsa, etag) = (await writes.ReadMppAsync("kota-langsa"))!.Value;
        var change = Change("kota-langsa") with { After = new Dictionary<string, System.Text.Json.JsonElement> { ["floors"] = AuditedWrites.Json(4) } };
        var first = await writes.ReplaceMppAsync(langsa with { Floors = 4 }, etag, change);

        // The SDK sends the same transaction again: its guarded row has moved on, yet the write is in the trail.
        var again = await writes.ReplaceMppAsync(langsa with { Floors = 4 }, etag, change);

        Assert.Equal(first!.Id, again?.Id);
        Assert.Single(await writes.ReadChangesAsync(0, 100));
    }

    [Fact]
    public async Task ConcurrentWritesOfDifferentMppsAllLandNumberedWithoutGaps()
    {
        var (_, writes) = await SeededAsync();
        var ids = TestSeed.Data.Mpps.Select(m => m.Id).ToList();

        var results = await Task.WhenAll(ids.Select(async id =>
        {
            var (mpp, etag) = (await writes.ReadMppAsync(id))!.Value;
            return await writes.ReplaceMppAsync(mpp with { Venue = "Gedung " + id }, etag, Change(id));
        }));

        Assert.All(results, Assert.NotNull);
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => (long)i), (await writes.ReadChangesAsync(0, 100)).Select(c => c.Id));
        Assert.Equal(["kota-banjarbaru"], (await writes.ReadChangesAsync(0, 100)).Where(c => c.Entity == "mpps/kota-banjarbaru").Select(c => c.Entity[5..]));
    }

    [Fact]
    public async Task AFailureOfTheTransactionsLastActionLeavesTheMppAndTheTrailAsTheyWere()
    {
        var clients = StorageNames.Unique("w").ClientsFor(fixture.Azurite);
        var store = DirectoryStore.From(clients);
        await store.SyncAsync(TestSeed.Data);
        var writes = new AuditedWrites(DirectoryTables.From(clients));
        // A row where the next change record must go: the third action of every attempt fails (409).
        await DirectoryTables.From(clients).Mpps.AddEntityAsync(new Azure.Data.Tables.TableEntity("mpp", "~change-0000000000000000001"));
        var (langsa, etag) = (await writes.ReadMppAsync("kota-langsa"))!.Value;

        await Assert.ThrowsAsync<Azure.Data.Tables.TableTransactionFailedException>(
            () => writes.ReplaceMppAsync(langsa with { Floors = 9 }, etag, Change("kota-langsa")));

        var (after, etagAfter) = (await writes.ReadMppAsync("kota-langsa"))!.Value;
        Assert.Equal(langsa.Floors, after.Floors);
        Assert.Equal(etag, etagAfter);
        Assert.Equal(0, await writes.LastChangeAsync());
    }

    [Fact]
    public async Task ASyncOfTheSeedLeavesTheTrailAlone()
    {
        var (store, writes) = await SeededAsync();
        var (langsa, etag) = (await writes.ReadMppAsync("kota-langsa"))!.Value;
        await writes.ReplaceMppAsync(langsa with { Floors = 4 }, etag, Change("kota-langsa"));

        var result = await store.SyncAsync(TestSeed.Data);

        Assert.Equal(1, result.Replaced); // Langsa back to the seed
        Assert.Equal(0, result.Deleted); // and the change record kept
        Assert.Single(await writes.ReadChangesAsync(0, 100));
    }

    [Fact]
    public async Task APublishNeverReplacesTheVersionOfALaterWrite()
    {
        var clients = StorageNames.Unique("p").ClientsFor(fixture.Azurite);
        var store = DirectoryStore.From(clients);
        await store.SyncAsync(TestSeed.Data);
        var writes = new AuditedWrites(DirectoryTables.From(clients));
        var (langsa, etag) = (await writes.ReadMppAsync("kota-langsa"))!.Value;
        await writes.ReplaceMppAsync(langsa with { Floors = 4 }, etag, Change("kota-langsa"));
        var published = await store.PublishCurrentAsync();
        Assert.Equal(published, (await store.GetVersionAsync())!.Version);

        // A publish of change 9 (on another instance) has landed meanwhile; this one, of change 1, is older.
        var snapshots = SnapshotStore.From(clients);
        var (_, read) = await snapshots.ReadCurrentAsync();
        Assert.True(await snapshots.TryReplaceCurrentAsync(new DataVersion("later", DateTimeOffset.UtcNow, Change: 9), read));
        (langsa, etag) = (await writes.ReadMppAsync("kota-langsa"))!.Value;
        await writes.ReplaceMppAsync(langsa with { Floors = 5 }, etag, Change("kota-langsa"));

        await store.PublishCurrentAsync();

        Assert.Equal("later", (await store.GetVersionAsync())!.Version);
    }

    private async Task<(DirectoryStore Store, AuditedWrites Writes)> SeededAsync()
    {
        var clients = StorageNames.Unique("w").ClientsFor(fixture.Azurite);
        var store = DirectoryStore.From(clients);
        await store.SyncAsync(TestSeed.Data);
        return (store, new AuditedWrites(DirectoryTables.From(clients)));
    }

    private static ChangeRecord Change(string id) => new(
        0, DateTimeOffset.UnixEpoch, new ChangeActor("steward-test", "Directory.Write", null), "update", "mpps/" + id,
        new Dictionary<string, System.Text.Json.JsonElement>(), new Dictionary<string, System.Text.Json.JsonElement>(),
        [new Citation("source", "quote")], "test");
}
