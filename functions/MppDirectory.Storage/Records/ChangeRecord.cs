using MppDirectory.Domain.Records;

namespace MppDirectory.Storage.Records;

/// <summary>
/// One accepted write, as the audit trail keeps it: append-only, numbered in the order writes were
/// committed. <see cref="Before"/> and <see cref="After"/> hold only the fields the write changed.
/// </summary>
public sealed record ChangeRecord(
    long Id,
    DateTimeOffset At,
    ChangeActor Actor,
    string Operation,
    string Entity,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement> Before,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement> After,
    IReadOnlyList<Citation> Citations,
    string RequestId)
{
    /// <summary>
    /// The id of the resident's suggestion (<c>/api/v1/suggestions/{id}</c>) this write answers, when the steward
    /// said so; null otherwise. Outside the positional record so that every change written before it reads as it was.
    /// </summary>
    public string? Suggestion { get; init; }
}

/// <summary>Who wrote: a stable pseudonymous id (public), the token's role, and a name only admins see.</summary>
public sealed record ChangeActor(string Id, string Role, string? Name);
