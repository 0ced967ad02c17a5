using MppDirectory.Azurite;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Suggestions;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

/// <summary>Suggestions in their two tables: listed newest first by MPP and status, closed once, their contact gone when closed.</summary>
public sealed class SuggestionStoreTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private async Task<SuggestionStore> NewStoreAsync()
    {
        var clients = StorageNames.Unique("g").ClientsFor(fixture.Azurite);
        await new DirectoryStore(DirectoryTables.From(clients), SnapshotStore.From(clients)).CreateTablesIfNotExistsAsync();
        return SuggestionStore.From(clients);
    }

    private static SuggestionInput Input(string mpp, string? contact = null) => new(mpp, "name", "Nama yang benar.", null, contact, null);

    [Fact]
    public async Task ListsNewestFirstByMppAndStatusInPages()
    {
        var store = await NewStoreAsync();
        var a = await store.AddAsync(Input("kota-langsa"), Start);
        var b = await store.AddAsync(Input("kota-pekalongan"), Start.AddMinutes(1));
        var c = await store.AddAsync(Input("kota-langsa"), Start.AddMinutes(2));
        await store.RejectAsync(c.Id, new LocalizedText("Sudah benar.", "Already right."), Start.AddMinutes(3), "steward-x");

        Assert.Equal([c.Id, b.Id, a.Id], (await store.ListAsync(null, null, 1, 10)).Items.Select(s => s.Id));
        Assert.Equal([c.Id, a.Id], (await store.ListAsync("kota-langsa", null, 1, 10)).Items.Select(s => s.Id));
        Assert.Equal([a.Id], (await store.ListAsync("kota-langsa", SuggestionStatus.Open, 1, 10)).Items.Select(s => s.Id));
        var second = await store.ListAsync(null, null, 2, 2);
        Assert.Equal([a.Id], second.Items.Select(s => s.Id));
        Assert.Equal(3, second.TotalCount);
        Assert.True(SuggestionStore.IsId(a.Id));
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public async Task TwoStewardsClosingOneSuggestionCloseItOnce()
    {
        var store = await NewStoreAsync();
        var suggestion = await store.AddAsync(Input("kota-langsa", "warga@contoh.test"), Start);
        Assert.Equal("warga@contoh.test", await store.GetContactAsync(suggestion.Id));

        var outcomes = await Task.WhenAll(
            store.RejectAsync(suggestion.Id, new LocalizedText("Alasan.", "Reason."), Start.AddHours(1), "steward-a"),
            store.MarkAcceptedAsync(suggestion.Id, 42, Start.AddHours(1), "steward-b"));

        Assert.Single(outcomes, o => o.Outcome == SuggestionClosing.Closed);
        Assert.Single(outcomes, o => o.Outcome == SuggestionClosing.AlreadyClosed);
        var stored = (await store.GetAsync(suggestion.Id))!;
        var winner = outcomes.Single(o => o.Outcome == SuggestionClosing.Closed).Suggestion!;
        Assert.Equal(winner, stored);
        Assert.Null(await store.GetContactAsync(suggestion.Id));
        Assert.Equal(SuggestionClosing.NotFound, (await store.MarkAcceptedAsync("abcdefghjk", 1, Start, "steward-a")).Outcome);
    }
}
