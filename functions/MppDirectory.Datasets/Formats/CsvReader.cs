using System.Text;

namespace MppDirectory.Datasets.Formats;

/// <summary>
/// Reads RFC 4180 CSV as the dataset writes it (and as spreadsheets save it): quoted cells with
/// doubled quotes, commas and line breaks inside, CRLF or LF line ends, an optional byte order mark.
/// </summary>
public static class CsvReader
{
    /// <summary>The records, each with the line of the file it starts on (the header is line 1).</summary>
    /// <exception cref="CsvFormatException">A quote left open, or text after a closing quote.</exception>
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var quoted = false;
        var afterQuote = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    afterQuote = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    cells.Add(cell.ToString());
                    records.Add(new CsvRecord(recordLine, cells));
                    cells = [];
                    cell.Clear();
                    afterQuote = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (afterQuote)
                    {
                        throw new CsvFormatException(line, "text after a closing quote; a quote inside a quoted cell is written twice (\"\")");
                    }

                    cell.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            throw new CsvFormatException(recordLine, "a quoted cell is never closed");
        }

        if (cell.Length > 0 || cells.Count > 0 || afterQuote)
        {
            cells.Add(cell.ToString());
            records.Add(new CsvRecord(recordLine, cells));
        }

        return records;
    }
}

/// <param name="Line">The line of the file the record starts on, as a spreadsheet numbers rows.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);

public sealed class CsvFormatException(int line, string reason) : FormatException($"line {line}: {reason}")
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
