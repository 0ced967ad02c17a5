using System.Text.Encodings.Web;
using System.Text.Json;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Formats;

/// <summary>
/// Writes a table as a JSON array of objects (one row per line) or as NDJSON (one object per LF-ended
/// line). Values keep their types: numbers and booleans as JSON numbers and booleans, empty cells as null.
/// </summary>
public static class JsonTableWriter
{
    public const string JsonMediaType = "application/json; charset=utf-8";
    public const string NdjsonMediaType = "application/x-ndjson; charset=utf-8";

    /// <summary>Non-ASCII text stays readable; these files are data, never embedded in HTML.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static byte[] Json(DataTable table)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte((byte)'[');
        for (var i = 0; i < table.Rows.Count; i++)
        {
            buffer.Write(i == 0 ? "\n"u8 : ",\n"u8);
            buffer.Write(Row(table, table.Rows[i]));
        }

        buffer.Write(table.Rows.Count == 0 ? "]\n"u8 : "\n]\n"u8);
        return buffer.ToArray();
    }

    public static byte[] Ndjson(DataTable table)
    {
        using var buffer = new MemoryStream();
        foreach (var row in table.Rows)
        {
            buffer.Write(Row(table, row));
            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }

    /// <summary>One row as a compact JSON object with the fields in table order.</summary>
    public static byte[] Row(DataTable table, IReadOnlyList<object?> row)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            for (var i = 0; i < row.Count; i++)
            {
                writer.WritePropertyName(table.Fields[i].Name);
                WriteValue(writer, row[i]);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            default:
                writer.WriteStringValue(CellText.Format(value));
                break;
        }
    }
}
