using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http;
using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The parameters of an operation, read from its handler: route values by name, and the properties
/// of its <c>[AsParameters]</c> query record with their <c>[FromQuery]</c> name, <c>[Description]</c>,
/// <c>[DefaultValue]</c>, <c>[Example]</c> and <c>[Required]</c>.
/// </summary>
public static class OperationParameters
{
    public static IEnumerable<OpenApiParameter> Of(DescribedEndpoint described)
    {
        var routeNames = described.Endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in described.Handler.GetParameters())
        {
            if (routeNames.Contains(parameter.Name!))
            {
                yield return Path(parameter, described);
            }
            else if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties().Where(p => p.GetCustomAttribute<FromQueryAttribute>() is not null))
                {
                    yield return Query(property);
                }
            }
            else if (IsPlainValue(parameter.ParameterType))
            {
                // Bound from the query by its C# name, with no description: make it a property of a query record.
                throw new InvalidOperationException($"{described.Name}: parameter '{parameter.Name}' is neither a route value nor in an [AsParameters] record.");
            }
        }
    }

    private static OpenApiParameter Path(ParameterInfo parameter, DescribedEndpoint described)
    {
        // Route values are slug ids unless the handler states their form with [RegularExpression] and [StringLength].
        var schema = new JsonSchema
        {
            Type = JsonObjectType.String,
            Pattern = parameter.GetCustomAttribute<RegularExpressionAttribute>()?.Pattern ?? QueryParameterSchemas.IdPattern,
            MaxLength = parameter.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? QueryParameterSchemas.MaxIdLength,
        };
        return new OpenApiParameter
        {
            Name = parameter.Name,
            Kind = OpenApiParameterKind.Path,
            IsRequired = true,
            Description = parameter.GetCustomAttribute<DescriptionAttribute>()?.Description
                ?? throw new InvalidOperationException($"{described.Name}: route value '{parameter.Name}' has no [Description]."),
            Schema = schema,
            Example = parameter.GetCustomAttribute<ExampleAttribute>()?.Value,
        };
    }

    private static OpenApiParameter Query(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<FromQueryAttribute>()!.Name ?? property.Name;
        var schema = QueryParameterSchemas.For(name);
        if (property.GetCustomAttribute<DefaultValueAttribute>()?.Value is { } defaultValue)
        {
            schema.Default = defaultValue;
        }

        return new OpenApiParameter
        {
            Name = name,
            Kind = OpenApiParameterKind.Query,
            IsRequired = property.GetCustomAttribute<RequiredAttribute>() is not null,
            Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description
                ?? throw new InvalidOperationException($"Query parameter '{name}' has no [Description]."),
            Schema = schema,
            Example = property.GetCustomAttribute<ExampleAttribute>()?.Value is { } example ? Typed(example, schema) : null,
        };
    }

    /// <summary>Examples are written as text; the document shows them in the parameter's own type.</summary>
    private static object Typed(string example, JsonSchema schema) => schema.Type switch
    {
        JsonObjectType.Boolean => bool.Parse(example),
        JsonObjectType.Integer => int.Parse(example, System.Globalization.CultureInfo.InvariantCulture),
        _ => example,
    };

    private static bool IsPlainValue(Type type) =>
        type == typeof(string) || (Nullable.GetUnderlyingType(type) ?? type).IsPrimitive;
}
