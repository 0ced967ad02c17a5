using System.Text.Json;
using System.Text.Json.Serialization;
using MppDirectory.Datasets;
using MppDirectory.Domain;

namespace MppDirectory.Storage.Records;

/// <summary>The JSON of what storage holds besides the domain's records (change records, dataset manifests), in the domain's shape.</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = DirectoryJson.Create(StorageJsonContext.Default, DirectoryJson.Resolver);
}

[JsonSerializable(typeof(ChangeRecord))]
[JsonSerializable(typeof(DataVersion))]
[JsonSerializable(typeof(StewardEntry))]
[JsonSerializable(typeof(Suggestions.Suggestion))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(DatasetManifest))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
