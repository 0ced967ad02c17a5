using System.Globalization;
using System.Text.Json;

namespace MppDirectory.Tables;

/// <summary>Writes an entity in the JSON payload format, annotating every type JSON cannot carry itself.</summary>
internal static class TableEntityJsonWriter
{
    public static byte[] Write(TableEntity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in entity)
            {
                // The service owns Timestamp; null means "no property" in this model.
                if (value is not null && name != TableEntity.TimestampName)
                {
                    WriteProperty(writer, name, value);
                }
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(name, text);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case long number:
                writer.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                Annotate(writer, name, TableEdmValues.Int64);
                break;
            case double number:
                // Always annotated: a whole-number double written as "2" would otherwise read back as Int32.
                if (double.IsFinite(number))
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteString(name, TableEdmValues.FormatDouble(number));
                }

                Annotate(writer, name, TableEdmValues.Double);
                break;
            case DateTimeOffset instant:
                writer.WriteString(name, TableEdmValues.FormatDateTime(instant));
                Annotate(writer, name, TableEdmValues.DateTime);
                break;
            case DateTime instant:
                writer.WriteString(name, TableEdmValues.FormatDateTime(TableEdmValues.ToUtc(instant)));
                Annotate(writer, name, TableEdmValues.DateTime);
                break;
            case Guid id:
                writer.WriteString(name, id.ToString("D"));
                Annotate(writer, name, TableEdmValues.Guid);
                break;
            case byte[] bytes:
                writer.WriteBase64String(name, bytes);
                Annotate(writer, name, TableEdmValues.Binary);
                break;
            default:
                throw new NotSupportedException(
                    $"Property '{name}' has type {value.GetType().Name}, which Table storage does not support.");
        }
    }

    private static void Annotate(Utf8JsonWriter writer, string name, string edmType) =>
        writer.WriteString(name + "@odata.type", edmType);
}
