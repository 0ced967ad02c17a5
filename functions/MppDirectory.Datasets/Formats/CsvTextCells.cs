using MppDirectory.Datasets.Tables;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Formats;

/// <summary>
/// How every CSV the directory publishes writes a text cell, and how an import reads it back. A text value that
/// starts like a formula (<see cref="FormulaText"/>: writes refuse those, but stored data may predate the rule or
/// come from a forced seed) gets a leading apostrophe, the spreadsheets' own mark for "this is text", so nothing a
/// spreadsheet would run reaches a cell; so does a value that starts with an apostrophe itself, so that reading
/// back is exact: an import drops one leading apostrophe from a text cell and has the stored value again.
/// Numeric, boolean, date and time columns hold values this project formats itself and are left alone.
/// </summary>
public static class CsvTextCells
{
    public const char Marker = '\'';

    /// <summary>Whether a text value needs the <see cref="Marker"/> in front in any CSV.</summary>
    public static bool NeedsMarker(string text) => FormulaText.StartsLikeFormula(text) || (text.Length > 0 && text[0] == Marker);

    public static string Mark(string text, FieldType type) => type == FieldType.Text && NeedsMarker(text) ? Marker + text : text;

    /// <summary>The value a cell stands for: a text cell without its one leading <see cref="Marker"/>.</summary>
    public static string Unmark(string cell, FieldType type) => type == FieldType.Text && cell.Length > 0 && cell[0] == Marker ? cell[1..] : cell;
}
