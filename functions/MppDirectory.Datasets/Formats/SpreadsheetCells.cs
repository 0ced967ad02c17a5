using System.Text.RegularExpressions;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Formats;

/// <summary>
/// Makes text cells safe to open in a spreadsheet: a cell a spreadsheet would run as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return or line feed; marked in every CSV, see
/// <see cref="CsvTextCells"/>) or silently turn into a number or date (a code such as <c>33.75</c> or <c>007</c>, a
/// month such as <c>2023-12</c>; marked here only) gets a leading apostrophe, so it stays the text it is. Numeric, boolean, date and time columns hold values this project formats
/// itself and are left alone.
/// </summary>
public static partial class SpreadsheetCells
{
    public const char TextMarker = CsvTextCells.Marker;

    public static string Neutralise(string text, FieldType type) =>
        type == FieldType.Text && (CsvTextCells.NeedsMarker(text) || LooksLikeNumberOrDate().IsMatch(text))
            ? TextMarker + text
            : text;

    [GeneratedRegex(@"^[0-9][0-9.,:/ -]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeNumberOrDate();
}
