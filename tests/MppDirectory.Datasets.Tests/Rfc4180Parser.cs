using System.Text;

namespace MppDirectory.Datasets.Tests;

/// <summary>
/// A strict RFC 4180 reader for the tests: records end with CRLF, fields are separated by commas,
/// a quoted field may hold commas, CR, LF and doubled quotes. Anything else (a bare LF, a quote
/// inside an unquoted field, text after a closing quote) is an error, so sloppy output fails.
/// </summary>
internal static class Rfc4180Parser
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unclosed quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"Quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            switch (text[i])
            {
                case ',':
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                default:
                    throw new FormatException($"Expected a comma or CRLF at {i}, found {(int)text[i]}.");
            }
        }

        return records;
    }
}
