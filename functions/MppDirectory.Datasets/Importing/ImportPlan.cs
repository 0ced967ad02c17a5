using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Importing;

/// <summary>What an import would do: the rows it leaves as they are, the edits it makes, and every problem by row and column.</summary>
/// <param name="File">What was imported: mpps.csv, counters.csv or JSON.</param>
/// <param name="Rows">Data rows (or JSON records) read, the header not counted.</param>
/// <param name="Unchanged">Ids of the rows as published: MPP ids, or counter ids (mpp_id/counter_slug).</param>
public sealed record ImportPlan(
    string File,
    int Rows,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<PlannedEdit> Edits,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>A transaction holds 100 rows: the MPP's, its counters', the trail head and the change.</summary>
    public const int MaxCounterRowsPerMpp = 97;

    public bool CanApply => Problems.Count == 0;

    public static ImportPlan Failed(string file, int rows, ImportProblem problem) => new(file, rows, [], [], [problem]);

    /// <summary>
    /// The rows <paramref name="scope"/> does not cover: the MPP where <paramref name="stored"/> has it, or where the
    /// row (with the rows of its MPP before it) would put it. A steward imports only within their scope.
    /// </summary>
    public IReadOnlyList<ImportProblem> OutsideScope(StewardScope scope, IReadOnlyDictionary<string, Mpp> stored, IReadOnlyDictionary<string, Region> regions)
    {
        var problems = new List<ImportProblem>();
        foreach (var edits in Edits.GroupBy(e => e.MppId, StringComparer.Ordinal))
        {
            if (!stored.TryGetValue(edits.Key, out var mpp))
            {
                continue; // no such MPP: the plan has named it already, or the apply will
            }

            var outside = !scope.Covers(mpp);
            foreach (var edit in edits)
            {
                mpp = edit.ApplyTo(mpp, regions, out _);
                if (outside || !scope.Covers(mpp))
                {
                    problems.Add(new ImportProblem(edit.Row, "mpp_id", $"'{edit.MppId}' is outside the importer's scope ({scope}), where it is stored or where this row would put it."));
                }
            }
        }

        return problems;
    }
}

/// <summary>
/// One row's edit of one MPP. An import applies all the edits of an MPP in one transaction, each to the
/// MPP as stored then, so an edit another write has made meanwhile changes nothing.
/// </summary>
/// <param name="Row">The row's line in the file, as a spreadsheet numbers it (the header is 1); the record's position in JSON, from 1.</param>
/// <param name="Fields">The fields it changes, in the API's names (name, regency.code; statedName, status).</param>
public abstract record PlannedEdit(int Row, string MppId, IReadOnlyList<string> Fields)
{
    /// <summary>The counter it writes; null for an edit of the MPP's own fields.</summary>
    public virtual string? CounterId => null;

    /// <summary>Whether it creates what it writes.</summary>
    public virtual bool Creates => false;

    /// <summary>The MPP with this edit made; <paramref name="changed"/> is empty when it was made already.</summary>
    public abstract Mpp ApplyTo(Mpp stored, IReadOnlyDictionary<string, Region> regions, out IReadOnlyList<string> changed);

    public abstract IReadOnlyList<CitationInput> Citations { get; }
}

/// <summary>An edit of an MPP's own fields, made as the PATCH would make it.</summary>
public sealed record MppFieldsEdit(int Row, string MppId, MppPatch Patch, IReadOnlyList<string> Fields) : PlannedEdit(Row, MppId, Fields)
{
    public override IReadOnlyList<CitationInput> Citations => Patch.Citations;

    public override Mpp ApplyTo(Mpp stored, IReadOnlyDictionary<string, Region> regions, out IReadOnlyList<string> changed) =>
        Patch.ApplyTo(stored, regions, out changed);
}

/// <summary>
/// A counter's own columns (agency, name, basis, status, end) as a row states them; services and hours are not
/// in a counter's row, so a new counter starts without them and an existing one keeps its own. The counter keeps
/// its citations and gains the import's, which support the changed fields.
/// </summary>
public sealed record CounterEdit(
    int Row, string MppId, string Counter, string AgencyKind, string StatedName, DateBasis AgencyBasis, CounterStatus Status, ReportedDate? Ended,
    bool IsNew, IReadOnlyList<CitationInput> ImportCitations, IReadOnlyList<string> Fields) : PlannedEdit(Row, MppId, Fields)
{
    public override string? CounterId => Counter;

    public override bool Creates => IsNew;

    public override IReadOnlyList<CitationInput> Citations => ImportCitations;

    public override Mpp ApplyTo(Mpp stored, IReadOnlyDictionary<string, Region> regions, out IReadOnlyList<string> changed)
    {
        var before = stored.Counters.FirstOrDefault(c => c.Id == Counter);
        var after = (before ?? new Counter(Counter, AgencyKind, StatedName, AgencyBasis, Status, [], [])) with
        {
            AgencyKind = AgencyKind,
            StatedName = StatedName,
            AgencyBasis = AgencyBasis,
            Status = Status,
            Ended = Ended,
        };
        IReadOnlyList<string> fields = before is null
            ? ["agencyKind", "statedName", "agencyBasis", "status", .. Ended is null ? Array.Empty<string>() : ["ended"]]
            : [.. CounterFields.Changed(before, after)];
        changed = fields;
        if (fields.Count == 0)
        {
            return stored;
        }

        var cited = after with { Citations = [.. after.Citations, .. ImportCitations.Select(c => new Citation(c.Source, c.Quote, [.. fields]))] };
        return stored with
        {
            Counters = before is null ? [.. stored.Counters, cited] : [.. stored.Counters.Select(c => c.Id == Counter ? cited : c)],
        };
    }
}

/// <param name="Row">The line in the file (the header is 1).</param>
/// <param name="Column">The CSV column at fault, as the header spells it; null for the whole row or file.</param>
public sealed record ImportProblem(int Row, string? Column, string Message);
