using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Importing;

/// <summary>What every CSV import checks before its rows: valid CSV, not empty, exactly the published header.</summary>
internal static class CsvImports
{
    /// <summary>
    /// The data rows (blank lines skipped), each text cell read as the value it stands for (without the apostrophe the
    /// CSV writer puts in front of formula-like text, <see cref="CsvTextCells"/>), or null and the problem with the file
    /// as a whole.
    /// </summary>
    public static IReadOnlyList<CsvRecord>? Read(string csv, string file, IReadOnlyList<TableField> fields, out ImportProblem? problem)
    {
        var columns = fields.Select(f => f.Name).ToList();
        problem = null;
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Read(csv);
        }
        catch (CsvFormatException ex)
        {
            problem = new ImportProblem(ex.Line, null, "The file is not valid CSV: " + ex.Reason + ".");
            return null;
        }

        if (records.Count == 0)
        {
            problem = new ImportProblem(1, null, $"The file is empty; it needs the header of {file} and its rows.");
            return null;
        }

        if (!records[0].Cells.SequenceEqual(columns))
        {
            var missing = columns.Except(records[0].Cells).ToList();
            var unknown = records[0].Cells.Except(columns).ToList();
            problem = new ImportProblem(1, null,
                $"The header must be exactly the columns of {file}, in order: {string.Join(",", columns)}."
                + (missing.Count > 0 ? $" Missing: {string.Join(", ", missing)}." : "")
                + (unknown.Count > 0 ? $" Unknown: {string.Join(", ", unknown)}." : ""));
            return null;
        }

        return [.. records.Skip(1).Where(r => !(r.Cells.Count == 1 && r.Cells[0].Length == 0))
            .Select(r => r with { Cells = [.. r.Cells.Select((cell, i) => i < fields.Count ? CsvTextCells.Unmark(cell, fields[i].Type) : cell)] })];
    }
}
