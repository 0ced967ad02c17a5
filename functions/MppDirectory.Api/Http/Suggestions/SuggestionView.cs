using MppDirectory.Api.Http.Links;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.Http.Suggestions;

/// <summary>
/// A suggestion as anyone reads it: what it is about and says, where it stands, and how it was answered. Never
/// its contact email, which only the stewards in scope see (<see cref="SuggestionStore.GetContactAsync"/>).
/// </summary>
/// <param name="Field">What is wrong: name, address, venue, floors, regency, coordinates, hours, counters, counts, sources or other.</param>
/// <param name="Proposed">What the record should say, in the resident's words.</param>
/// <param name="Evidence">A URL or words that support it; null when none was given.</param>
/// <param name="ClosedBy">The steward registry id of who accepted or rejected it (public, pseudonymous).</param>
/// <param name="Reason">Why it was rejected, in Indonesian and English; null unless rejected.</param>
/// <param name="Change">The number of the change (<c>/api/v1/changes</c>) that answered it; null unless accepted.</param>
public sealed record SuggestionView(
    string Id,
    string Mpp,
    string Field,
    string Proposed,
    string? Evidence,
    SuggestionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    LocalizedText? Reason,
    long? Change,
    SuggestionLinks Links)
{
    public static SuggestionView Of(Suggestion s) => new(
        s.Id, s.Mpp, s.Field, s.Proposed, s.Evidence, s.Status, s.CreatedAt, s.ClosedAt, s.ClosedBy, s.Reason, s.Change,
        new SuggestionLinks(new PublicLink(SuggestionsApi.Path(s.Id)), new PublicLink(SuggestionsApi.PagePath(s.Id)), new PublicLink("/api/v1/mpps/" + Uri.EscapeDataString(s.Mpp))));
}

/// <param name="Self">This suggestion in the API.</param>
/// <param name="Page">Its page for people.</param>
/// <param name="Mpp">The MPP it is about.</param>
public sealed record SuggestionLinks(PublicLink Self, PublicLink Page, PublicLink Mpp);
