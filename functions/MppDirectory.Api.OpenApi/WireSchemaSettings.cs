using MppDirectory.Domain;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Generation.TypeMappers;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// NJsonSchema settings that describe the JSON the app writes (<see cref="DirectoryJson"/>): property
/// names and nullability from System.Text.Json and the C# annotations, enums as their kebab-case
/// words, <c>DateOnly</c> and <c>TimeOnly</c> as the strings System.Text.Json writes.
/// </summary>
public static class WireSchemaSettings
{
    /// <summary>How System.Text.Json writes <c>TimeOnly</c>: <c>HH:mm:ss</c> with an optional fraction.</summary>
    public const string TimePattern = @"^\d{2}:\d{2}:\d{2}(\.\d{1,7})?$";

    public static JsonSchemaGeneratorSettings For(SchemaType schemaType)
    {
        var settings = new JsonSchemaGeneratorSettings
        {
            SchemaType = schemaType,
            SerializerOptions = DirectoryJson.Options,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            DefaultDictionaryValueReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            GenerateEnumMappingDescription = false,
            FlattenInheritanceHierarchy = true,
        };
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(DateOnly), s =>
        {
            s.Type = JsonObjectType.String;
            s.Format = JsonFormatStrings.Date;
        }));
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(TimeOnly), s =>
        {
            s.Type = JsonObjectType.String;
            s.Pattern = TimePattern;
        }));
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(Http.Links.PublicLink), s =>
        {
            s.Type = JsonObjectType.String;
            s.Format = JsonFormatStrings.Uri;
        }));
        settings.SchemaProcessors.Add(new WireEnumProcessor());
        settings.SchemaProcessors.Add(new WirePropertiesProcessor());
        return settings;
    }
}
