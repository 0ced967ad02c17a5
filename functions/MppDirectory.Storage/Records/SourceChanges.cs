using System.Text.Json;
using MppDirectory.Domain.Records;

namespace MppDirectory.Storage.Records;

/// <summary>The audit record of a registered source: nothing before, every field it was registered with after.</summary>
public static class SourceChanges
{
    public static ChangeRecord Register(Source source, ChangeActor actor, DateTimeOffset at, string requestId)
    {
        var fields = AuditedWrites.Json(source).EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToDictionary(p => p.Name, p => p.Value.Clone());
        return new ChangeRecord(0, at, actor, "create", $"sources/{source.Id}", new Dictionary<string, JsonElement>(), fields, [], requestId);
    }
}
