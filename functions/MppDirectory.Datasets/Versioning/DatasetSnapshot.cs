using System.Text.Json;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Package;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Versioning;

/// <summary>
/// Reads tables for comparison from a version's own files (datapackage.json and each table's .json),
/// so that a new build is compared with exactly what was published, whatever code made it.
/// </summary>
public static class DatasetSnapshot
{
    /// <summary>A new build's tables, read through the same files a version publishes.</summary>
    public static IReadOnlyList<TableSnapshot> Of(IReadOnlyList<DataTable> tables)
    {
        var files = tables.ToDictionary(t => DatasetLayout.JsonFile(t.Name), JsonTableWriter.Json, StringComparer.Ordinal);
        var schemas = tables.ToDictionary(t => t.Name, TableSchemaJson.Of, StringComparer.Ordinal);
        return [.. tables.Select(t => Read(t.Name, JsonElement.Parse(schemas[t.Name].ToJsonString()), files[DatasetLayout.JsonFile(t.Name)]))];
    }

    /// <summary>A published version's tables; <paramref name="file"/> returns a file's bytes by name.</summary>
    public static IReadOnlyList<TableSnapshot> Read(byte[] datapackage, Func<string, byte[]> file)
    {
        using var descriptor = JsonDocument.Parse(datapackage);
        return [.. descriptor.RootElement.GetProperty("resources").EnumerateArray()
            .Where(r => r.TryGetProperty("type", out var type) && type.GetString() == "table")
            .Select(r =>
            {
                var name = r.GetProperty("name").GetString()!;
                return Read(name, r.GetProperty("schema"), file(DatasetLayout.JsonFile(name)));
            })];
    }

    private static TableSnapshot Read(string name, JsonElement schema, byte[] json)
    {
        var fields = schema.GetProperty("fields").EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!))
            .ToList();
        var primaryKey = schema.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!).ToList();
        using var rows = JsonDocument.Parse(json);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.RootElement.EnumerateArray())
        {
            // A unit separator cannot occur in the ids, so joined key parts cannot collide.
            var key = string.Join('\u001f', primaryKey.Select(k => row.GetProperty(k).GetRawText()));
            byKey[key] = row.GetRawText();
        }

        return new TableSnapshot(name, fields, primaryKey, byKey);
    }
}
