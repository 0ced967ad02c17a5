using System.Text.Json;
using MppDirectory.Domain;
using Azure.Data.Tables;

namespace MppDirectory.Storage.Records;

/// <summary>
/// Records are stored as one JSON document property beside a few plain columns that make the
/// tables readable in a storage browser.
/// </summary>
internal static class DocumentEntity
{
    public const string DocumentProperty = "Document";

    // A string property holds at most 64 KiB of UTF-16.
    private const int MaxDocumentChars = 32 * 1024;

    private static readonly HashSet<string> SystemProperties =
        new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    public static TableEntity Create<T>(string partitionKey, string rowKey, T record, params (string Name, object Value)[] columns)
    {
        var entity = Columns(partitionKey, rowKey, columns);
        var document = JsonSerializer.Serialize(record, DirectoryJson.Options);
        if (document.Length > MaxDocumentChars)
        {
            throw new InvalidOperationException($"{typeof(T).Name} '{rowKey}' is {document.Length} characters, over the {MaxDocumentChars} a table property holds.");
        }

        entity[DocumentProperty] = document;
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

    public static T Read<T>(TableEntity entity) =>
        JsonSerializer.Deserialize<T>(
            entity.GetString(DocumentProperty) ?? throw new InvalidDataException($"{entity.PartitionKey}/{entity.RowKey} has no {DocumentProperty}"),
            DirectoryJson.Options)
        ?? throw new InvalidDataException($"{entity.PartitionKey}/{entity.RowKey} holds a null document");

    /// <summary>Whether two entities hold the same user properties, whatever their system properties.</summary>
    public static bool SameContent(TableEntity desired, TableEntity stored)
    {
        var desiredProperties = desired.Where(p => !SystemProperties.Contains(p.Key)).ToList();
        var storedCount = stored.Count(p => !SystemProperties.Contains(p.Key));
        return desiredProperties.Count == storedCount
            && desiredProperties.All(p => stored.TryGetValue(p.Key, out var value) && Equals(p.Value, value));
    }
}
