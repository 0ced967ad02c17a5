using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MppDirectory.Domain.Stewardship;

/// <summary>One way every write reads its body into its input record: unknown fields are errors, enums are the API's kebab-case words.</summary>
public static class StrictJson
{
    private static readonly JsonSerializerOptions Options = new(DirectoryJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

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
            return (body.Deserialize<T>(Options), new(StringComparer.Ordinal));
        }
        catch (JsonException ex)
        {
            var path = (ex.Path ?? "$").TrimStart('$', '.');
            return (null, new(StringComparer.Ordinal) { [path.Length == 0 ? "$" : path] = [ex.Message.Split(". ", 2)[0].TrimEnd('.') + "."] });
        }
    }
}
