using MppDirectory.Domain;
using NJsonSchema;
using NJsonSchema.Generation;

namespace MppDirectory.Api.OpenApi;

/// <summary>Enum schemas list the words the API writes (<c>soft-launched</c>; see <see cref="EnumNames"/>).</summary>
public sealed class WireEnumProcessor : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        if (!context.ContextualType.Type.IsEnum)
        {
            return;
        }

        context.Schema.Type = JsonObjectType.String;
        context.Schema.Format = null;
        context.Schema.Description = null;
        context.Schema.Enumeration.Clear();
        context.Schema.EnumerationNames.Clear();
        foreach (var name in WireNamesOf(context.ContextualType.Type))
        {
            context.Schema.Enumeration.Add(name);
        }
    }

    public static IReadOnlyList<string> WireNamesOf(Type enumType) => EnumNames.All(enumType);
}
