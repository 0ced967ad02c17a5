using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MppDirectory.Domain.Stewardship;

/// <summary>One way every write reads its body into its input record: unknown fields are errors, enums are the API's kebab-case words.</summary>
public static class StrictJson
{
    // The write's own fields may be missing (its validator names each); the records inside it (a date, a
    // citation, hours) must be whole, and nothing declared non-null may be null.
    private static readonly JsonSerializerOptions Options = new(DirectoryJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        TypeInfoResolver = DirectoryJson.Resolver.WithAddedModifier(RequireNestedMembers),
    };

    /// <summary>How a write's body is parsed: a property named twice is malformed, not the last one winning.</summary>
    public static JsonDocumentOptions Document { get; } = new() { AllowDuplicateProperties = false };

    private static void RequireNestedMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace == typeof(StrictJson).Namespace && info.Type != typeof(CitationInput))
        {
            return; // a write's own input type: its validator names what is missing
        }

        foreach (var property in info.Properties.Where(p => p.AssociatedParameter is { HasDefaultValue: false }))
        {
            property.IsRequired = true;
        }
    }

    /// <summary>The input in <paramref name="body"/>, or the error of its shape by JSON path.</summary>
    public static (T? Input, Dictionary<string, string[]> Errors) Parse<T>(JsonNode? body)
        where T : class
    {
        if (body is not JsonObject)
        {
            return (null, new(StringComparer.Ordinal) { ["$"] = ["The body must be a JSON object."] });
        }

        try
        {
            return (body.Deserialize(Options.TypeInfo<T>()), new(StringComparer.Ordinal));
        }
        catch (JsonException ex)
        {
            var path = (ex.Path ?? "$").TrimStart('$', '.');
            return (null, new(StringComparer.Ordinal) { [path.Length == 0 ? "$" : path] = [ex.Message.Split(". ", 2)[0].TrimEnd('.') + "."] });
        }
    }
}
