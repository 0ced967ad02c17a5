using System.Text;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Formats;

/// <summary>
/// Writes a table as RFC 4180 CSV: a header row, CRLF line ends, quotes only where a value needs them, and text that
/// a spreadsheet would run as a formula marked as text (<see cref="CsvTextCells"/>), in every variant.
/// </summary>
public static class CsvTableWriter
{
    public const string MediaType = "text/csv; charset=utf-8; header=present";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(DataTable table, CsvVariant variant = CsvVariant.Canonical)
    {
        var text = new StringBuilder();
        AppendRecord(text, table.Fields.Select(f => f.Name));
        foreach (var row in table.Rows)
        {
            AppendRecord(text, row.Select((value, i) => Cell(value, table.Fields[i].Type, variant)));
        }

        var body = Utf8.GetBytes(text.ToString());
        return variant == CsvVariant.SpreadsheetSafe ? [.. Encoding.UTF8.Preamble, .. body] : body;
    }

    private static string Cell(object? value, FieldType type, CsvVariant variant)
    {
        var text = CellText.Format(value);
        return variant == CsvVariant.SpreadsheetSafe ? SpreadsheetCells.Neutralise(text, type) : CsvTextCells.Mark(text, type);
    }

    private static void AppendRecord(StringBuilder text, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }
}
