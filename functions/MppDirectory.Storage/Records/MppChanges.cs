using System.Text.Json;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Storage.Records;

/// <summary>The audit record of a change to an MPP's own fields, the same for a PATCH and an import.</summary>
public static class MppChanges
{
    /// <param name="changed">The fields the write changed, in the patch's names (<c>regency.code</c>).</param>
    public static ChangeRecord Update(
        Mpp before, Mpp after, IReadOnlyList<string> changed, IReadOnlyList<CitationInput> citations,
        ChangeActor actor, string operation, DateTimeOffset at, string requestId)
    {
        var beforeJson = StewardedWrites.Json(before);
        var afterJson = StewardedWrites.Json(after);
        return new ChangeRecord(
            0, at, actor, operation, $"mpps/{after.Id}",
            changed.ToDictionary(f => f, f => FieldOf(beforeJson, f)),
            changed.ToDictionary(f => f, f => FieldOf(afterJson, f)),
            [.. citations.Select(c => new Citation(c.Source, c.Quote, [.. changed]))],
            requestId);
    }

    /// <summary>The audit record of a new MPP: nothing before, every field it was created with after.</summary>
    public static ChangeRecord Create(Mpp created, IReadOnlyList<string> fields, IReadOnlyList<CitationInput> citations, ChangeActor actor, DateTimeOffset at, string requestId)
    {
        var afterJson = StewardedWrites.Json(created);
        return new ChangeRecord(
            0, at, actor, "create", $"mpps/{created.Id}",
            new Dictionary<string, JsonElement>(),
            fields.Prepend("id").ToDictionary(f => f, f => f == "id" ? StewardedWrites.Json(created.Id) : FieldOf(afterJson, f)),
            [.. citations.Select(c => new Citation(c.Source, c.Quote, [.. fields]))],
            requestId);
    }

    /// <summary>The audit record of a count added to an MPP: nothing before, the observation after.</summary>
    public static ChangeRecord AddObservation(Mpp mpp, Observation observation, IReadOnlyList<CitationInput> citations, ChangeActor actor, DateTimeOffset at, string requestId) =>
        new(
            0, at, actor, "create", $"mpps/{mpp.Id}/observations",
            new Dictionary<string, JsonElement>(),
            new Dictionary<string, JsonElement> { ["observation"] = StewardedWrites.Json(observation) },
            [.. citations.Select(c => new Citation(c.Source, c.Quote, ["observations"]))],
            requestId);

    /// <summary>
    /// The audit record of a counter written (<paramref name="operation"/> create, update or end): the fields of
    /// the counter that changed, before (nothing for a new one) and after, with the write's citations.
    /// </summary>
    public static ChangeRecord Counter(
        Mpp mpp, Counter? before, Counter after, IReadOnlyList<CitationInput> citations, ChangeActor actor, string operation, DateTimeOffset at, string requestId)
    {
        var afterJson = StewardedWrites.Json(after);
        var beforeJson = before is null ? (JsonElement?)null : StewardedWrites.Json(before);
        var changed = afterJson.EnumerateObject()
            .Where(p => beforeJson is not { } old || !old.TryGetProperty(p.Name, out var was) || !JsonElement.DeepEquals(was, p.Value))
            .Select(p => p.Name)
            .ToList();
        return new ChangeRecord(
            0, at, actor, operation, $"mpps/{mpp.Id}/counters/{after.Id}",
            beforeJson is { } b ? changed.Where(f => b.TryGetProperty(f, out _)).ToDictionary(f => f, f => b.GetProperty(f).Clone()) : new Dictionary<string, JsonElement>(),
            changed.ToDictionary(f => f, f => afterJson.GetProperty(f).Clone()),
            [.. citations.Select(c => new Citation(c.Source, c.Quote, [.. changed]))],
            requestId);
    }

    /// <summary>
    /// The audit record of an import's edits of one MPP, all committed together: the MPP's own fields that
    /// changed (by their PATCH names) and each counter written (as <c>counters/{id}</c>), before and after.
    /// </summary>
    public static ChangeRecord Import(
        Mpp before, Mpp after, IReadOnlyList<string> changedFields, IReadOnlyCollection<string> changedCounters, IReadOnlyList<CitationInput> citations,
        ChangeActor actor, DateTimeOffset at, string requestId)
    {
        var fields = Update(before, after, changedFields, citations, actor, "import", at, requestId);
        var beforeCounters = before.Counters.Where(c => changedCounters.Contains(c.Id)).ToDictionary(c => "counters/" + c.Id, StewardedWrites.Json);
        var afterCounters = after.Counters.Where(c => changedCounters.Contains(c.Id)).ToDictionary(c => "counters/" + c.Id, StewardedWrites.Json);
        return fields with
        {
            Before = fields.Before.Concat(beforeCounters).ToDictionary(),
            After = fields.After.Concat(afterCounters).ToDictionary(),
            Citations = [.. citations.Select(c => new Citation(c.Source, c.Quote, [.. changedFields, .. afterCounters.Keys]))],
        };
    }

    /// <summary>A field's value in a record's JSON by its path ("regency.code" is the regency code of the stored region codes).</summary>
    private static JsonElement FieldOf(JsonElement record, string field) => field switch
    {
        "regency.code" => record.GetProperty("regionCodes").GetProperty("regency"),
        _ => record.GetProperty(field),
    };
}
