using Namotion.Reflection;
using NJsonSchema;
using NJsonSchema.Generation;
using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>Response body schemas, generated once per type into the document's components.</summary>
public sealed class ResponseSchemas
{
    private readonly Dictionary<Type, JsonSchema> _generated = [];
    private readonly JsonSchemaGenerator _generator;
    private readonly OpenApiSchemaResolver _resolver;

    public ResponseSchemas(OpenApiDocument document)
    {
        var settings = WireSchemaSettings.For(SchemaType.OpenApi3);
        _generator = new JsonSchemaGenerator(settings);
        _resolver = new OpenApiSchemaResolver(document, settings);
    }

    /// <summary>The types described so far, for the JSON Schema files.</summary>
    public IReadOnlyCollection<Type> Types => _generated.Keys;

    /// <summary>A file download: bytes, not JSON, so no schema file of its own.</summary>
    public static bool IsFile(Type type) => type == typeof(Stream) || type == typeof(byte[]);

    public JsonSchema For(Type type)
    {
        if (IsFile(type))
        {
            return new JsonSchema { Type = JsonObjectType.String, Format = JsonFormatStrings.Binary };
        }

        if (!_generated.TryGetValue(type, out var schema))
        {
            schema = _generator.GenerateWithReference<JsonSchema>(type.ToContextualType(), _resolver);
            _generated[type] = schema;
        }

        return schema;
    }
}
