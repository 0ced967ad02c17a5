using System.Text.RegularExpressions;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Formats;

/// <summary>
/// Makes text cells safe to open in a spreadsheet: a cell a spreadsheet would run as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) or silently turn into a number or
/// date (a code such as <c>33.75</c> or <c>007</c>, a month such as <c>2023-12</c>) gets a leading apostrophe, so it
/// stays the text it is. Numeric, boolean, date and time columns hold values this project formats
/// itself and are left alone.
/// </summary>
public static partial class SpreadsheetCells
{
    public const char TextMarker = '\'';

    public static string Neutralise(string text, FieldType type) =>
        type == FieldType.Text && (StartsLikeFormula(text) || LooksLikeNumberOrDate().IsMatch(text))
            ? TextMarker + text
            : text;

    private static bool StartsLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^[0-9][0-9.,:/ -]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeNumberOrDate();
}
