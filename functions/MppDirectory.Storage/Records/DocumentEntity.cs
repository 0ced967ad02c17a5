using System.Text.Json;
using Azure.Data.Tables;
using MppDirectory.Domain;

namespace MppDirectory.Storage.Records;

/// <summary>
/// Records are stored as one JSON document property beside a few plain columns that make the
/// tables readable in a storage browser.
/// </summary>
internal static class DocumentEntity
{
    public const string DocumentProperty = "Document";

    // A string property holds at most 64 KiB of UTF-16, an entity at most 1 MiB.
    private const int MaxDocumentChars = 32 * 1024;
    private const int MaxParts = 15;

    private static readonly HashSet<string> SystemProperties =
        new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    public static TableEntity Create<T>(string partitionKey, string rowKey, T record, params (string Name, object Value)[] columns)
    {
        var entity = Columns(partitionKey, rowKey, columns);
        var document = JsonSerializer.Serialize(record, StorageJson.Options.TypeInfo<T>());
        if (document.Length > MaxDocumentChars * MaxParts)
        {
            throw new InvalidOperationException($"{typeof(T).Name} '{rowKey}' is {document.Length} characters, over the {MaxDocumentChars * MaxParts} an entity holds.");
        }

        // A long document (an MPP with many citations) is split over Document, Document2, Document3 ...
        for (var part = 0; part * MaxDocumentChars < document.Length || part == 0; part++)
        {
            entity[PartName(part)] = document.Substring(part * MaxDocumentChars, Math.Min(MaxDocumentChars, document.Length - (part * MaxDocumentChars)));
        }

        return entity;
    }

    public static TableEntity Columns(string partitionKey, string rowKey, params (string Name, object Value)[] columns)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in columns)
        {
            entity[name] = value;
        }

        return entity;
    }

    public static T Read<T>(TableEntity entity)
    {
        var document = entity.GetString(DocumentProperty) ?? throw new InvalidDataException($"{entity.PartitionKey}/{entity.RowKey} has no {DocumentProperty}");
        for (var part = 1; entity.GetString(PartName(part)) is { } more; part++)
        {
            document += more;
        }

        return JsonSerializer.Deserialize(document, StorageJson.Options.TypeInfo<T>())
            ?? throw new InvalidDataException($"{entity.PartitionKey}/{entity.RowKey} holds a null document");
    }

    private static string PartName(int part) => part == 0 ? DocumentProperty : DocumentProperty + (part + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether two entities hold the same user properties, whatever their system properties.</summary>
    public static bool SameContent(TableEntity desired, TableEntity stored)
    {
        var desiredProperties = desired.Where(p => !SystemProperties.Contains(p.Key)).ToList();
        var storedCount = stored.Count(p => !SystemProperties.Contains(p.Key));
        return desiredProperties.Count == storedCount
            && desiredProperties.All(p => stored.TryGetValue(p.Key, out var value) && Equals(p.Value, value));
    }
}
