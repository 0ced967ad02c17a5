using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace MppDirectory.Api.Http.Links;

/// <summary>
/// The query parameters an endpoint declares: the <c>[FromQuery]</c> names of its <c>[AsParameters]</c>
/// records. Names match exactly (<c>Page</c> is not <c>page</c>); anything else is ignored, so it never
/// reaches binding and is never echoed into links.
/// </summary>
public static class KnownQuery
{
    private static readonly ConcurrentDictionary<Endpoint, IReadOnlySet<string>> Names = new();

    public static IReadOnlySet<string> Of(Endpoint endpoint) => Names.GetOrAdd(endpoint, Declared);

    /// <summary>Keeps only the declared parameters of the request's query, in their order.</summary>
    public static QueryString Filter(QueryString query, IReadOnlySet<string> known)
    {
        if (!query.HasValue)
        {
            return query;
        }

        var kept = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value)
            .Where(p => known.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)));
        return QueryString.Create(kept);
    }

    // The binding metadata lists each property of an [AsParameters] record as a parameter of its own,
    // with the property's attributes: no reflection over the records (Native AOT).
    private static IReadOnlySet<string> Declared(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Select(p => p.ParameterInfo.GetCustomAttribute<FromQueryAttribute>()?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
