using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Storage.Suggestions;

/// <summary>
/// A resident's suggested correction as stored, without its contact email (kept apart: <see cref="SuggestionStore.GetContactAsync"/>):
/// everything here is public. Open until closed once, by a steward: accepted with the number of the change that
/// answers it (<see cref="Change"/>), or rejected with a reason in both languages (<see cref="Reason"/>).
/// </summary>
/// <param name="ClosedBy">The steward registry id of who closed it (public, pseudonymous), as the change feed names stewards.</param>
public sealed record Suggestion(
    string Id,
    string Mpp,
    string Field,
    string Proposed,
    string? Evidence,
    SuggestionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt = null,
    string? ClosedBy = null,
    LocalizedText? Reason = null,
    long? Change = null);

/// <summary>What closing a suggestion came to.</summary>
public enum SuggestionClosing
{
    /// <summary>Closed now, by this call.</summary>
    Closed,

    /// <summary>No suggestion has the id.</summary>
    NotFound,

    /// <summary>It was closed already (by another steward first, or earlier): nothing changed.</summary>
    AlreadyClosed,
}

/// <summary>One page of suggestions, newest first, and how many match in all.</summary>
public sealed record SuggestionPage(IReadOnlyList<Suggestion> Items, int TotalCount);
