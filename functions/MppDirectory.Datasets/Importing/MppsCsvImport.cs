using System.Globalization;
using System.Text.Json.Nodes;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Importing;

/// <summary>
/// Plans the import of a published <c>mpps.csv</c>, edited in a spreadsheet, against the directory as
/// it is: each row is compared with the row the dataset would write today. The columns an MPP's own
/// record holds (<c>name</c>, <c>address</c>, <c>venue</c>, <c>floors</c>, <c>regency_code</c>) may
/// change, checked by the same rules as a steward's PATCH; the columns the directory derives (status,
/// time zone, counts, hours) must stay as published. The plan writes nothing.
/// </summary>
public static class MppsCsvImport
{
    public const string File = "mpps.csv";

    // CSV column → the PATCH field it edits.
    private static readonly Dictionary<string, string> Editable = new(StringComparer.Ordinal)
    {
        ["name"] = "name",
        ["address"] = "address",
        ["venue"] = "venue",
        ["floors"] = "floors",
        ["regency_code"] = "regency.code",
    };

    // Columns that follow the regency when it changes (see MppPatch.ApplyTo).
    private static readonly string[] FollowRegency = ["province_code", "district_code", "village_code", "time_zone"];

    /// <param name="citations">The citations each change will carry; checked only when <paramref name="requireCitations"/>.</param>
    public static ImportPlan Plan(string csv, DirectoryData data, IReadOnlyList<CitationInput> citations, bool requireCitations)
    {
        var table = DirectoryTableSet.From(data).Single(t => t.Name == "mpps");
        var columns = table.Fields.Select(f => f.Name).ToList();
        if (CsvImports.Read(csv, File, table.Fields, out var problem) is not { } records)
        {
            return Failed(0, problem!);
        }

        var current = table.Rows.ToDictionary(r => (string)r[0]!, r => r.Select(CellText.Format).ToList(), StringComparer.Ordinal);
        var regions = data.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var sources = data.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var validator = new MppPatchValidator(regions, sources);
        var unchanged = new List<string>();
        var edits = new List<PlannedEdit>();
        var problems = new List<ImportProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var record in records)
        {
            if (record.Cells.Count != columns.Count)
            {
                problems.Add(new ImportProblem(record.Line, null, $"The row has {record.Cells.Count} cells; {File} has {columns.Count} columns."));
                continue;
            }

            var id = record.Cells[0];
            if (!current.TryGetValue(id, out var published))
            {
                problems.Add(new ImportProblem(record.Line, "mpp_id", $"No MPP has the id '{id}'; an import changes MPPs the directory holds and does not create new ones."));
                continue;
            }

            if (!seen.Add(id))
            {
                problems.Add(new ImportProblem(record.Line, "mpp_id", $"'{id}' appears in more than one row."));
                continue;
            }

            var patch = new JsonObject();
            var fields = new List<string>();
            for (var i = 1; i < columns.Count; i++)
            {
                if (record.Cells[i] != published[i] && Editable.TryGetValue(columns[i], out var field))
                {
                    patch[field == "regency.code" ? "regency" : field] = Value(columns[i], record.Cells[i], record.Line, problems);
                    fields.Add(field);
                }
            }

            var newRegency = fields.Contains("regency.code") ? record.Cells[columns.IndexOf("regency_code")] : null;
            for (var i = 1; i < columns.Count; i++)
            {
                var expected = newRegency is not null && FollowRegency.Contains(columns[i]) ? null : published[i];
                if (!Editable.ContainsKey(columns[i]) && expected is not null && record.Cells[i] != expected)
                {
                    problems.Add(new ImportProblem(record.Line, columns[i],
                        $"'{columns[i]}' is derived by the directory and cannot be imported: it is '{expected}'. Only {string.Join(", ", Editable.Keys)} may change."));
                }
            }

            if (fields.Count == 0)
            {
                unchanged.Add(id);
                continue;
            }

            patch["citations"] = new JsonArray([.. citations.Select(c => (JsonNode)new JsonObject { ["source"] = c.Source, ["quote"] = c.Quote })]);
            var (parsed, shapeErrors) = MppPatch.Parse(patch);
            if (parsed is null)
            {
                problems.AddRange(shapeErrors.SelectMany(e => e.Value.Select(m => new ImportProblem(record.Line, ColumnOf(e.Key), m))));
                continue;
            }

            foreach (var failure in validator.Validate(parsed).Errors.Where(f => requireCitations || !f.PropertyName.StartsWith("citations", StringComparison.Ordinal)))
            {
                problems.Add(new ImportProblem(record.Line, ColumnOf(failure.PropertyName), failure.ErrorMessage));
            }

            edits.Add(new MppFieldsEdit(record.Line, id, parsed, fields));
        }

        return new ImportPlan(File, records.Count, unchanged, edits, problems);
    }

    private static ImportPlan Failed(int rows, ImportProblem problem) => ImportPlan.Failed(File, rows, problem);

    /// <summary>The JSON value a cell stands for: empty is null, floors a whole number, the regency an object as in the PATCH.</summary>
    private static JsonNode? Value(string column, string cell, int line, List<ImportProblem> problems)
    {
        if (column == "regency_code")
        {
            return new JsonObject { ["code"] = cell };
        }

        if (cell.Length == 0)
        {
            return null;
        }

        if (column != "floors")
        {
            return JsonValue.Create(cell);
        }

        if (int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var floors))
        {
            return JsonValue.Create(floors);
        }

        problems.Add(new ImportProblem(line, column, $"'{cell}' is not a whole number."));
        return null;
    }

    /// <summary>The CSV column of a PATCH field ("regency.code" is regency_code); citations belong to the whole import.</summary>
    private static string? ColumnOf(string field) =>
        field.StartsWith("citations", StringComparison.Ordinal) ? null : Editable.FirstOrDefault(e => e.Value == field).Key ?? field;
}
