using System.Text.Json;

namespace MppDirectory.Storage.Records;

/// <summary>
/// The audit records of the steward registry, in the public change feed: the steward's public id, role, scope and
/// whether they are active; never who they are (issuer, subject or name).
/// </summary>
public static class StewardChanges
{
    public static ChangeRecord Register(StewardEntry entry, ChangeActor actor, DateTimeOffset at, string requestId) =>
        new(0, at, actor, "create", $"stewards/{entry.Id}", new Dictionary<string, JsonElement>(), entry.PublicFields(), [], requestId);

    /// <summary>Only the public fields that changed, before and after; null when none did (a change of name only is not public).</summary>
    public static ChangeRecord Update(StewardEntry before, StewardEntry after, ChangeActor actor, DateTimeOffset at, string requestId)
    {
        var was = before.PublicFields();
        var now = after.PublicFields();
        var changed = now.Keys.Where(k => !JsonElement.DeepEquals(was[k], now[k])).ToList();
        return new(
            0, at, actor, "update", $"stewards/{after.Id}",
            changed.ToDictionary(k => k, k => was[k]), changed.ToDictionary(k => k, k => now[k]), [], requestId);
    }
}
