using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Importing;

/// <summary>
/// Plans the import of a published <c>counters.csv</c>, edited in a spreadsheet, against the directory as it is.
/// A counter's own columns may change (agency_id, stated_name, agency_basis, status, and the four ended
/// columns, filled exactly when the status is ended); a row with a new counter_slug adds a counter to its MPP,
/// without services or hours, which its own PUT adds. The columns the directory derives (position,
/// has_own_schedule, and the last check: verified_at, verified_by) stay as published or are left empty. Rows left out are left as they are: a counter ends with status
/// ended, never by deletion. The plan writes nothing.
/// </summary>
public static class CountersCsvImport
{
    public const string File = "counters.csv";

    private static readonly string[] Editable = ["agency_id", "stated_name", "agency_basis", "status", "ended", "ended_precision", "ended_basis", "ended_text"];

    /// <param name="citations">The citations each change will carry; checked only when <paramref name="requireCitations"/>.</param>
    public static ImportPlan Plan(string csv, DirectoryData data, IReadOnlyList<CitationInput> citations, bool requireCitations)
    {
        var table = DirectoryTableSet.From(data).Single(t => t.Name == "counters");
        var columns = table.Fields.Select(f => f.Name).ToList();
        if (CsvImports.Read(csv, File, table.Fields, out var problem) is not { } records)
        {
            return ImportPlan.Failed(File, 0, problem!);
        }

        var published = table.Rows.ToDictionary(r => (string)r[0]!, r => r.Select(CellText.Format).ToList(), StringComparer.Ordinal);
        var mpps = data.Mpps.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var rules = new CounterRowRules(data, citations, requireCitations);
        var unchanged = new List<string>();
        var edits = new List<PlannedEdit>();
        var problems = new List<ImportProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int Col(string name) => columns.IndexOf(name);

        foreach (var record in records)
        {
            if (record.Cells.Count != columns.Count)
            {
                problems.Add(new ImportProblem(record.Line, null, $"The row has {record.Cells.Count} cells; {File} has {columns.Count} columns."));
                continue;
            }

            string Cell(string name) => record.Cells[Col(name)];
            var rowProblems = new List<ImportProblem>();
            void Fault(string column, string message) => rowProblems.Add(new ImportProblem(record.Line, column, message));

            var mppId = Cell("mpp_id");
            var slug = Cell("counter_slug");
            var id = Cell("counter_id");
            if (!mpps.TryGetValue(mppId, out var mpp))
            {
                problems.Add(new ImportProblem(record.Line, "mpp_id", $"No MPP has the id '{mppId}'; add it first (POST /api/v1/mpps)."));
                continue;
            }

            if (id != $"{mppId}/{slug}")
            {
                Fault("counter_id", $"must be mpp_id/counter_slug: '{mppId}/{slug}'.");
            }

            if (!seen.Add(id))
            {
                Fault("counter_id", $"'{id}' appears in more than one row.");
            }

            published.TryGetValue(id, out var was);
            foreach (var derived in new[] { "position", "has_own_schedule", "verified_at", "verified_by" })
            {
                var expected = was?[Col(derived)];
                if (expected is not null && Cell(derived).Length > 0 && Cell(derived) != expected)
                {
                    Fault(derived, $"'{derived}' is derived by the directory and cannot be imported: it is '{expected}'. Only {string.Join(", ", Editable)} may change.");
                }
            }

            if (was is null && Cell("has_own_schedule") is not ("" or "false"))
            {
                Fault("has_own_schedule", "A new counter starts without hours of its own: leave has_own_schedule empty or false, then state its hours with PUT /api/v1/mpps/{id}/counters/{counterId}.");
            }

            if (was is not null && Editable.All(c => Cell(c) == was[Col(c)]))
            {
                problems.AddRange(rowProblems);
                unchanged.Add(id);
                continue;
            }

            var ended = EndedOf(record.Cells, Col, Fault);
            problems.AddRange(rowProblems);
            if (ended is null)
            {
                continue;
            }

            // Checked even when the row has other problems, so that one report names them all.
            if (rules.Edit(record.Line, mpp, slug, Cell("agency_id"), Cell("stated_name"), Cell("agency_basis"), Cell("status"), ended.Date,
                (field, message) => problems.Add(new ImportProblem(record.Line, ColumnOf(field), message))) is { } edit && rowProblems.Count == 0)
            {
                edits.Add(edit);
            }
        }

        return new ImportPlan(File, records.Count, unchanged, edits, problems);
    }

    /// <summary>The API's field (CounterRowRules) as the CSV column spells it.</summary>
    private static string? ColumnOf(string field) => field switch
    {
        "id" => "counter_slug",
        "agencyKind" => "agency_id",
        "statedName" => "stated_name",
        "agencyBasis" => "agency_basis",
        "ended.text" => "ended_text",
        "ended" or "ended.value" => "ended",
        "citations" => null,
        _ => field,
    };

    /// <summary>The end date the four ended columns state (none when all are empty); null when their words are not the API's.</summary>
    private static EndedCells? EndedOf(IReadOnlyList<string> cells, Func<string, int> col, Action<string, string> fault)
    {
        string[] names = ["ended", "ended_precision", "ended_basis", "ended_text"];
        if (names.All(n => cells[col(n)].Length == 0))
        {
            return new EndedCells(null);
        }

        var precision = CounterRowRules.WordOf<DatePrecision>(cells[col("ended_precision")], "ended_precision", fault);
        var basis = CounterRowRules.WordOf<DateBasis>(cells[col("ended_basis")], "ended_basis", fault);
        var value = cells[col("ended")];
        return precision is null || basis is null
            ? null
            : new EndedCells(new ReportedDate(value.Length == 0 ? null : value, precision.Value, basis.Value, cells[col("ended_text")]));
    }

    private sealed record EndedCells(ReportedDate? Date);
}
