using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MppDirectory.Domain;

/// <summary>The one JSON shape of domain records: camelCase, enums as kebab-case words, ISO 8601 dates.</summary>
public static class DirectoryJson
{
    /// <summary>The metadata of the domain's records, for layers that add types of their own (<see cref="Create"/>).</summary>
    public static IJsonTypeInfoResolver Resolver => DomainJsonContext.Default;

    public static JsonSerializerOptions Options { get; } = Create(Resolver);

    /// <summary>The domain's shape over the metadata of <paramref name="resolvers"/> only: a type none of them knows is an error, not reflection.</summary>
    public static JsonSerializerOptions Create(params IJsonTypeInfoResolver[] resolvers)
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(resolvers);
        options.MakeReadOnly();
        return options;
    }

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        // The directory's enums carry their spelling themselves (KebabCaseEnumConverter); the runtime's are named here.
        options.Converters.Add(new KebabCaseEnumConverter<DayOfWeek>());
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.WriteIndented = false;
        return options;
    }

    /// <summary>The metadata of <typeparamref name="T"/> in <paramref name="options"/>: the overloads that take it need no reflection.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
