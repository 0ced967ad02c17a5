namespace MppDirectory.Storage.Records;

/// <summary>
/// One registered steward: who (the token issuer and the subject's object id, never public), in which role,
/// answering for which places (<see cref="Domain.Stewardship.StewardScope"/> entries), active or not, and who
/// registered them when. <see cref="Id"/> is random, so the public change feed names stewards by it without
/// telling anyone who they are.
/// </summary>
public sealed record StewardEntry(
    string Id,
    string Issuer,
    string ObjectId,
    string Role,
    IReadOnlyList<string> Scope,
    bool Active,
    string? Name,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    string? ChangedBy = null,
    DateTimeOffset? ChangedAt = null)
{
    /// <summary>The fields an admin manages and the public feed shows (no personal data: not the issuer, subject or name).</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement> PublicFields() => new Dictionary<string, System.Text.Json.JsonElement>
    {
        ["role"] = AuditedWrites.Json(Role),
        ["scope"] = AuditedWrites.Json(Scope),
        ["active"] = AuditedWrites.Json(Active),
    };
}
