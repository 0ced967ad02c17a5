using System.Globalization;
using System.Text.Json;
using Azure;

namespace MppDirectory.Tables;

/// <summary>Reads entities from JSON payloads, using <c>@odata.type</c> annotations to restore types.</summary>
internal static class TableEntityJsonReader
{
    private const string TypeAnnotationSuffix = "@odata.type";

    public static TableEntity ReadEntity(BinaryData json)
    {
        using var document = JsonDocument.Parse(json.ToMemory());
        return ReadEntity(document.RootElement);
    }

    /// <summary>Reads a query response: <c>{"value":[entity, ...]}</c>.</summary>
    public static List<TableEntity> ReadEntities(BinaryData json)
    {
        using var document = JsonDocument.Parse(json.ToMemory());
        return [.. document.RootElement.GetProperty("value").EnumerateArray().Select(ReadEntity)];
    }

    private static TableEntity ReadEntity(JsonElement element)
    {
        var entity = new TableEntity();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "odata.etag")
            {
                entity.ETag = new ETag(property.Value.GetString()!);
            }
            else if (!property.Name.StartsWith("odata.", StringComparison.Ordinal)
                && !property.Name.EndsWith(TypeAnnotationSuffix, StringComparison.Ordinal)
                && property.Value.ValueKind != JsonValueKind.Null)
            {
                var edmType = element.TryGetProperty(property.Name + TypeAnnotationSuffix, out var annotation)
                    ? annotation.GetString()
                    : null;
                entity[property.Name] = ReadValue(property.Name, property.Value, edmType);
            }
        }

        return entity;
    }

    private static object ReadValue(string name, JsonElement value, string? edmType) => edmType switch
    {
        null => ReadUnannotated(value),
        TableEdmValues.String => value.GetString()!,
        TableEdmValues.Boolean => value.GetBoolean(),
        TableEdmValues.Int32 => value.GetInt32(),
        TableEdmValues.Int64 => value.ValueKind == JsonValueKind.String
            ? long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : value.GetInt64(),
        TableEdmValues.Double => value.ValueKind == JsonValueKind.String
            ? TableEdmValues.ParseDouble(value.GetString()!)
            : value.GetDouble(),
        TableEdmValues.DateTime => TableEdmValues.ParseDateTime(value.GetString()!),
        TableEdmValues.Guid => Guid.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        TableEdmValues.Binary => value.GetBytesFromBase64(),
        _ => throw new NotSupportedException($"Property '{name}' has unsupported type {edmType}."),
    };

    // Unannotated numbers: the service writes doubles with a decimal point or exponent (2.0, 1e+300).
    private static object ReadUnannotated(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny(".eE") < 0 && value.TryGetInt32(out var number) => number,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new NotSupportedException($"Unexpected JSON {value.ValueKind} in an entity."),
    };
}
