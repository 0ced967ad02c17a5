using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Importing;

/// <summary>What an import would do: the rows it leaves as they are, the MPPs it changes, and every problem by row and column.</summary>
/// <param name="File">The dataset file the rows are in (mpps.csv).</param>
/// <param name="Rows">Data rows read, the header not counted.</param>
public sealed record ImportPlan(
    string File,
    int Rows,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<PlannedEdit> Edits,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool CanApply => Problems.Count == 0;
}

/// <param name="Row">The row's line in the file, as a spreadsheet numbers it (the header is 1).</param>
/// <param name="Fields">The fields it changes, in the PATCH's names (name, regency.code).</param>
public sealed record PlannedEdit(int Row, string MppId, MppPatch Patch, IReadOnlyList<string> Fields);

/// <param name="Row">The line in the file (the header is 1).</param>
/// <param name="Column">The CSV column at fault, as the header spells it; null for the whole row or file.</param>
public sealed record ImportProblem(int Row, string? Column, string Message);
