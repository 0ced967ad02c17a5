using System.Text.Json;
using System.Text.Json.Nodes;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Importing;

/// <summary>
/// Plans the import of JSON in the API's own shapes: an MPP as <c>GET /api/v1/mpps/{id}</c> answers it, an array
/// of them, or a page of them (<c>{ "items": [...] }</c>), edited. The MPP's own fields (name, address, venue,
/// floors, regency.code) and its counters' own fields (id, agencyKind, statedName, agencyBasis, status, ended)
/// are compared with the directory and checked by the rules of the API's writes; changed services are a
/// problem (a counter's PUT states them), and the rest of the shape is derived and ignored. A counter left
/// out stays as it is. The plan writes nothing.
/// </summary>
public static class JsonImport
{
    public const string File = "JSON";

    private static readonly string[] OwnFields = ["name", "address", "venue", "floors"];

    public static ImportPlan Plan(string json, DirectoryData data, IReadOnlyList<CitationInput> citations, bool requireCitations)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: StrictJson.Document);
        }
        catch (JsonException ex)
        {
            return ImportPlan.Failed(File, 0, new ImportProblem(1, null, "The file is not valid JSON: " + ex.Message));
        }

        var records = root switch
        {
            JsonArray array => array,
            JsonObject page when page["items"] is JsonArray items => items,
            JsonObject one => new JsonArray(one.DeepClone()),
            _ => null,
        };
        if (records is null)
        {
            return ImportPlan.Failed(File, 0, new ImportProblem(1, null,
                "The JSON must be an MPP as GET /api/v1/mpps/{id} answers it, an array of them, or a page of them ({ \"items\": [...] })."));
        }

        var mpps = data.Mpps.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var patchRules = new MppPatchValidator(data.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal), data.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal));
        var counterRules = new CounterRowRules(data, citations, requireCitations);
        var unchanged = new List<string>();
        var edits = new List<PlannedEdit>();
        var problems = new List<ImportProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < records.Count; i++)
        {
            var row = i + 1;
            void Fault(string field, string message) => problems.Add(new ImportProblem(row, field, message));
            if (records[i] is not JsonObject record || Text(record["id"]) is not { } id)
            {
                problems.Add(new ImportProblem(row, "id", "Each record is an MPP object with its id."));
                continue;
            }

            if (!mpps.TryGetValue(id, out var mpp))
            {
                Fault("id", $"No MPP has the id '{id}'; an import changes MPPs the directory holds (POST /api/v1/mpps adds one).");
                continue;
            }

            if (!seen.Add(id))
            {
                Fault("id", $"'{id}' appears in more than one record.");
                continue;
            }

            var before = edits.Count;
            PlanOwnFields(row, record, mpp, citations, requireCitations, patchRules, edits, problems);
            var counterIds = new HashSet<string>(StringComparer.Ordinal);
            if (record["counters"] is JsonArray counters)
            {
                for (var j = 0; j < counters.Count; j++)
                {
                    var prefix = $"counters[{j}]";
                    if (counters[j] is not JsonObject counter || Text(counter["id"]) is not { } slug)
                    {
                        Fault(prefix + ".id", "Each counter is an object with its id.");
                        continue;
                    }

                    if (!counterIds.Add(slug))
                    {
                        Fault(prefix + ".id", $"'{slug}' appears more than once in this MPP's counters.");
                        continue;
                    }

                    // A field left out keeps what is stored; a new counter states them all.
                    var existing = mpp.Counters.FirstOrDefault(c => c.Id == slug);
                    if (counter["services"] is JsonArray services && !services.Select(Text).SequenceEqual(existing?.Services ?? []))
                    {
                        Fault(prefix + ".services", "A counter's services are not imported: state them with PUT /api/v1/mpps/{id}/counters/{counterId}.");
                    }

                    var agencyKind = (counter["agencyKind"] is JsonObject kind ? Text(kind["id"]) : Text(counter["agencyKind"])) ?? existing?.AgencyKind;
                    var statedName = Text(counter["statedName"]) ?? existing?.StatedName ?? "";
                    var basis = Text(counter["agencyBasis"]) ?? (existing is null ? "" : EnumNames.Of(existing.AgencyBasis));
                    var status = Text(counter["status"]) ?? (existing is null ? "" : EnumNames.Of(existing.Status));
                    var ended = existing?.Ended;
                    if (counter.ContainsKey("ended"))
                    {
                        // Whole, as the API writes it: no precision or basis is assumed.
                        (ended, var dateErrors) = counter["ended"] is null ? (null, []) : StrictJson.Parse<ReportedDate>(counter["ended"]);
                        if (dateErrors.Count > 0)
                        {
                            Fault(prefix + ".ended", "must be a date as the API writes it: { value, precision, basis, text }, or null. " + string.Join(" ", dateErrors.Values.SelectMany(m => m)));
                            continue;
                        }
                    }

                    if (existing is not null && existing.AgencyKind == agencyKind && existing.StatedName == statedName && EnumNames.Of(existing.AgencyBasis) == basis
                        && EnumNames.Of(existing.Status) == status && Equals(existing.Ended, ended))
                    {
                        continue;
                    }

                    if (counterRules.Edit(row, mpp, slug, agencyKind ?? "", statedName, basis, status, ended, (field, message) => Fault($"{prefix}.{field}", message)) is { Fields.Count: > 0 } edit)
                    {
                        edits.Add(edit);
                    }
                }
            }

            if (edits.Count == before && !problems.Any(p => p.Row == row))
            {
                unchanged.Add(id);
            }
        }

        return new ImportPlan(File, records.Count, unchanged, edits, problems);
    }

    /// <summary>The record's own fields that differ from the MPP's, as the PATCH would make them.</summary>
    private static void PlanOwnFields(
        int row, JsonObject record, Mpp mpp, IReadOnlyList<CitationInput> citations, bool requireCitations, MppPatchValidator rules, List<PlannedEdit> edits, List<ImportProblem> problems)
    {
        var stored = JsonSerializer.SerializeToNode(mpp, DirectoryJson.Options.TypeInfo<Mpp>())!.AsObject();
        var patch = new JsonObject();
        var fields = new List<string>();
        foreach (var field in OwnFields.Where(f => record.ContainsKey(f) && !JsonNode.DeepEquals(record[f], stored[f])))
        {
            patch[field] = record[field]?.DeepClone();
            fields.Add(field);
        }

        if (record["regency"] is JsonObject regency && Text(regency["code"]) is { } code && code != mpp.RegionCodes.Regency)
        {
            patch["regency"] = new JsonObject { ["code"] = code };
            fields.Add("regency.code");
        }

        if (fields.Count == 0)
        {
            return;
        }

        patch["citations"] = new JsonArray([.. citations.Select(c => (JsonNode)new JsonObject { ["source"] = c.Source, ["quote"] = c.Quote })]);
        var (parsed, shapeErrors) = MppPatch.Parse(patch);
        if (parsed is null)
        {
            problems.AddRange(shapeErrors.SelectMany(e => e.Value.Select(m => new ImportProblem(row, e.Key, m))));
            return;
        }

        var failures = rules.Validate(parsed).Errors.Where(f => requireCitations || !f.PropertyName.StartsWith("citations", StringComparison.Ordinal)).ToList();
        problems.AddRange(failures.Select(f => new ImportProblem(row, f.PropertyName.StartsWith("citations", StringComparison.Ordinal) ? null : f.PropertyName, f.ErrorMessage)));
        if (failures.Count == 0)
        {
            edits.Add(new MppFieldsEdit(row, mpp.Id, parsed, fields));
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
