using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MppDirectory.Datasets.Package;

/// <summary>Descriptors (datapackage.json, HSDS JSON) as indented UTF-8 JSON with LF line ends on every OS.</summary>
public static class DescriptorJson
{
    public const string MediaType = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(Options) + "\n");

    public static JsonArray Array(IEnumerable<JsonNode?> items) => [.. items];

    public static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(i => (JsonNode?)JsonValue.Create(i))];
}
