using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The suggestion of the contract's examples (GetSuggestion's example id), stored the same way by the examples writer
/// and by the fixture the examples are checked against, so both answer the same. Open, about Kota Pekalongan; the
/// example rejection (RejectSuggestion) closes it after every read was captured.
/// </summary>
public static class ExampleSuggestion
{
    public const string Id = "k7m2xq9vbe";

    public static Task StoreAsync(SuggestionStore suggestions, DateTimeOffset at) =>
        suggestions.AddAsync(
            new Suggestion(Id, "kota-pekalongan", "hours", "Contoh saran untuk dokumentasi API: buka juga hari Sabtu.", "https://berita.example/contoh", SuggestionStatus.Open, at),
            contact: null);
}
