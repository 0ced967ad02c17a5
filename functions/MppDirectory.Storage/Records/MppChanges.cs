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
        var beforeJson = AuditedWrites.Json(before);
        var afterJson = AuditedWrites.Json(after);
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
        var afterJson = AuditedWrites.Json(created);
        return new ChangeRecord(
            0, at, actor, "create", $"mpps/{created.Id}",
            new Dictionary<string, JsonElement>(),
            fields.Prepend("id").ToDictionary(f => f, f => f == "id" ? AuditedWrites.Json(created.Id) : FieldOf(afterJson, f)),
            [.. citations.Select(c => new Citation(c.Source, c.Quote, [.. fields]))],
            requestId);
    }

    /// <summary>The audit record of a count added to an MPP: nothing before, the observation after.</summary>
    public static ChangeRecord AddObservation(Mpp mpp, Observation observation, IReadOnlyList<CitationInput> citations, ChangeActor actor, DateTimeOffset at, string requestId) =>
        new(
            0, at, actor, "create", $"mpps/{mpp.Id}/observations",
            new Dictionary<string, JsonElement>(),
            new Dictionary<string, JsonElement> { ["observation"] = AuditedWrites.Json(observation) },
            [.. citations.Select(c => new Citation(c.Source, c.Quote, ["observations"]))],
            requestId);

    /// <summary>
    /// The audit record of a counter written (<paramref name="operation"/> create, update or end): the fields of
    /// the counter that changed, before (nothing for a new one) and after, with the write's citations.
    /// </summary>
    public static ChangeRecord Counter(
        Mpp mpp, Counter? before, Counter after, IReadOnlyList<CitationInput> citations, ChangeActor actor, string operation, DateTimeOffset at, string requestId)
    {
        var (was, now) = CounterFields(before, after);
        return new ChangeRecord(
            0, at, actor, operation, $"mpps/{mpp.Id}/counters/{after.Id}", was, now,
            [.. citations.Select(c => new Citation(c.Source, c.Quote, [.. now.Keys]))],
            requestId);
    }

    /// <summary>
    /// The audit record of a verification (<c>verify</c>): a steward confirmed the MPP's record (or one counter's,
    /// <paramref name="counter"/>) as still true, changing nothing else. Before and after hold the last check
    /// (<c>verifiedAt</c>, <c>verifiedBy</c>: null before the first) and, for a counter, its id; after also holds
    /// the steward's note, if any. Its citations, if any, are the sources the record was checked against.
    /// </summary>
    public static ChangeRecord Verify(
        Mpp mpp, Counter? counter, Verification after, IReadOnlyList<CitationInput> citations, string? note, ChangeActor actor, string requestId)
    {
        var before = counter is null ? mpp.Verified : counter.Verified;
        Dictionary<string, JsonElement> Fields(Verification? verification)
        {
            var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (counter is not null)
            {
                fields["counter"] = AuditedWrites.Json(counter.Id);
            }

            fields["verifiedAt"] = verification is null ? AuditedWrites.Json<string?>(null) : AuditedWrites.Json(verification.At);
            fields["verifiedBy"] = AuditedWrites.Json(verification?.By);
            return fields;
        }

        var now = Fields(after);
        if (note is not null)
        {
            now["note"] = AuditedWrites.Json(note);
        }

        return new ChangeRecord(
            0, after.At, actor, "verify", counter is null ? $"mpps/{mpp.Id}" : $"mpps/{mpp.Id}/counters/{counter.Id}",
            Fields(before), now,
            [.. citations.Select(c => new Citation(c.Source, c.Quote, ["verifiedAt"]))],
            requestId);
    }

    /// <summary>
    /// The audit record of an import's edits of one MPP, all committed together: the MPP's own fields that
    /// changed (by their PATCH names) and, for each counter written, its fields that changed (as <c>counters/{id}</c>).
    /// </summary>
    public static ChangeRecord Import(
        Mpp before, Mpp after, IReadOnlyList<string> changedFields, IReadOnlyCollection<string> changedCounters, IReadOnlyList<CitationInput> citations,
        ChangeActor actor, DateTimeOffset at, string requestId)
    {
        var fields = Update(before, after, changedFields, citations, actor, "import", at, requestId);
        var counters = after.Counters.Where(c => changedCounters.Contains(c.Id))
            .Select(c => (Key: "counters/" + c.Id, Fields: CounterFields(before.Counters.FirstOrDefault(b => b.Id == c.Id), c)))
            .ToList();
        return fields with
        {
            Before = fields.Before.Concat(counters.Where(c => c.Fields.Before.Count > 0).Select(c => KeyValuePair.Create(c.Key, AuditedWrites.Json(c.Fields.Before)))).ToDictionary(),
            After = fields.After.Concat(counters.Select(c => KeyValuePair.Create(c.Key, AuditedWrites.Json(c.Fields.After)))).ToDictionary(),
            Citations = [.. citations.Select(c => new Citation(c.Source, c.Quote, [.. changedFields, .. counters.Select(k => k.Key)]))],
        };
    }

    /// <summary>A counter's fields that differ, before (none for a new counter) and after; a new counter's empty fields are left out.</summary>
    private static (Dictionary<string, JsonElement> Before, Dictionary<string, JsonElement> After) CounterFields(Counter? before, Counter after)
    {
        var now = AuditedWrites.Json(after);
        var was = before is null ? (JsonElement?)null : AuditedWrites.Json(before);
        var changed = now.EnumerateObject()
            .Where(p => was is { } old ? !old.TryGetProperty(p.Name, out var value) || !JsonElement.DeepEquals(value, p.Value) : p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => p.Name)
            .ToList();
        return (
            was is { } b ? changed.Where(f => b.TryGetProperty(f, out _)).ToDictionary(f => f, f => b.GetProperty(f).Clone()) : [],
            changed.ToDictionary(f => f, f => now.GetProperty(f).Clone()));
    }

    /// <summary>A field's value in a record's JSON by its path ("regency.code" is the regency code of the stored region codes).</summary>
    private static JsonElement FieldOf(JsonElement record, string field) => field switch
    {
        "regency.code" => record.GetProperty("regionCodes").GetProperty("regency"),
        _ => record.GetProperty(field),
    };
}
