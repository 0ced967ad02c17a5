using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MppDirectory.Domain;
using NJsonSchema;
using NJsonSchema.Generation;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// Makes an object schema list exactly the properties System.Text.Json writes for the type: the
/// same names, each required unless it is skipped when null, extension data as additional
/// properties, and dictionaries keyed by an enum as objects with one property per enum word.
/// </summary>
public sealed class WirePropertiesProcessor : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        if (context.ContextualType.Type.IsEnum || context.Schema.Type != JsonObjectType.Object || context.Schema.Properties.Count == 0)
        {
            return;
        }

        var written = Http.ApiJson.Options.GetTypeInfo(context.ContextualType.Type);
        if (written.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in written.Properties)
        {
            if (property.IsExtensionData)
            {
                // Members such as traceId, of any type.
                context.Schema.AdditionalPropertiesSchema = null;
                context.Schema.AllowAdditionalProperties = true;
                continue;
            }

            names.Add(property.Name);
            if (!context.Schema.Properties.TryGetValue(property.Name, out var schema))
            {
                throw new InvalidOperationException($"{context.ContextualType.Type.Name}.{property.Name} is written but has no schema property.");
            }

            if (EnumKey(property.PropertyType) is { } keyType)
            {
                DescribeEnumKeyedDictionary(schema, keyType);
            }

            schema.IsRequired = !SkippedWhenNull(property);
            NullableReferenceWithType(schema, property.PropertyType);
        }

        foreach (var unwritten in context.Schema.Properties.Keys.Where(k => !names.Contains(k)).ToList())
        {
            context.Schema.Properties.Remove(unwritten);
        }

        if (typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.ContextualType.Type))
        {
            // An extension member every problem of this API carries (AddProblemDetails).
            context.Schema.Properties["traceId"] = new JsonSchemaProperty
            {
                Type = JsonObjectType.String,
                MaxLength = 100,
                Description = "The W3C trace id of the request (`00-<trace>-<span>-<flags>`): quote it when you report a problem.",
            };
        }
    }

    /// <summary>
    /// NJsonSchema writes a nullable reference as <c>nullable</c> beside a one-item <c>oneOf</c>; OpenAPI 3.0
    /// tools want <c>nullable</c> beside a <c>type</c>, so it becomes <c>type</c>, <c>nullable</c> and <c>allOf</c>.
    /// </summary>
    private static void NullableReferenceWithType(JsonSchemaProperty schema, Type type)
    {
        if (schema.IsNullableRaw != true || schema.OneOf.Count != 1 || !schema.OneOf.Single().HasReference)
        {
            return;
        }

        var reference = schema.OneOf.Single();
        schema.OneOf.Clear();
        schema.AllOf.Add(reference);
        schema.Type = (Nullable.GetUnderlyingType(type) ?? type).IsEnum ? JsonObjectType.String : JsonObjectType.Object;
    }

    private static bool SkippedWhenNull(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>()
            .Any(a => a.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault) == true;

    private static Type? EnumKey(Type type) =>
        type.IsGenericType
        && type.GetGenericArguments() is [{ IsEnum: true } key, _]
        && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            ? key
            : null;

    /// <summary>The keys the API writes for each enum value: its words (the tests match served answers against them).</summary>
    private static void DescribeEnumKeyedDictionary(JsonSchema dictionary, Type keyType)
    {
        var values = dictionary.AdditionalPropertiesSchema ?? throw new InvalidOperationException($"No value schema for a dictionary keyed by {keyType.Name}.");
        dictionary.AdditionalPropertiesSchema = null;
        dictionary.DictionaryKey = null;
        dictionary.AllowAdditionalProperties = false;
        foreach (var key in EnumNames.All(keyType))
        {
            dictionary.Properties[key] = new JsonSchemaProperty { Reference = values.HasReference ? values.Reference : null, Type = values.Type, Format = values.Format };
        }
    }
}
