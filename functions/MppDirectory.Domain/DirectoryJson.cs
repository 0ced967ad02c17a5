using System.Text.Json;
using System.Text.Json.Serialization;

namespace MppDirectory.Domain;

/// <summary>The one JSON shape of domain records: camelCase, enums as kebab-case words, ISO 8601 dates.</summary>
public static class DirectoryJson
{
    public static JsonSerializerOptions Options { get; } = ReadOnly(Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(EnumNames.Policy, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.WriteIndented = false;
        return options;
    }

    /// <summary>Frozen with the default resolver, so that type metadata can be read before anything is serialized.</summary>
    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
