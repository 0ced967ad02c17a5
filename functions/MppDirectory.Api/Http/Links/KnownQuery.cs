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
    private static readonly ConcurrentDictionary<Endpoint, DeclaredQuery> Declarations = new();

    public static DeclaredQuery Of(Endpoint endpoint) => Declarations.GetOrAdd(endpoint, Declared);

    /// <summary>
    /// The declared parameters of the request's query, in their order, each whole number in its one
    /// spelling; and whether the request spelled a number otherwise (<c>per_page=0100</c>).
    /// </summary>
    public static (QueryString Query, bool NumbersRespelled) Canonical(QueryString query, DeclaredQuery declared)
    {
        if (!query.HasValue)
        {
            return (query, false);
        }

        var respelled = false;
        var kept = new List<KeyValuePair<string, string?>>();
        foreach (var (name, values) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value).Where(p => declared.Names.Contains(p.Key)))
        {
            foreach (var value in values)
            {
                var canonical = declared.WholeNumbers.Contains(name) ? PlainNumber(value) : value;
                respelled |= canonical != value;
                kept.Add(KeyValuePair.Create(name, canonical));
            }
        }

        return (QueryString.Create(kept), respelled);
    }

    /// <summary>Whether the request's query holds free text (a search), whose answers caches keep on probation only.</summary>
    public static bool HasFreeText(HttpContext context) =>
        context.GetEndpoint() is { } endpoint && Of(endpoint).FreeText is { Count: > 0 } freeText
        && context.Request.Query.Any(p => freeText.Contains(p.Key));

    /// <summary>
    /// Digits without leading zeros (<c>0100</c> is <c>100</c>, <c>00</c> is <c>0</c>); anything else as it is,
    /// for the validator to refuse (<c>+1</c>, <c>1e2</c>).
    /// </summary>
    private static string? PlainNumber(string? value) =>
        value is { Length: > 1 } && value[0] == '0' && value.All(char.IsAsciiDigit)
            ? value.TrimStart('0') is { Length: > 0 } digits ? digits : "0"
            : value;

    // The binding metadata lists each property of an [AsParameters] record as a parameter of its own,
    // with the property's attributes: no reflection over the records (Native AOT).
    private static DeclaredQuery Declared(Endpoint endpoint)
    {
        var parameters = endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Select(p => (p.ParameterInfo, Name: p.ParameterInfo.GetCustomAttribute<FromQueryAttribute>()?.Name))
            .Where(p => p.Name is not null)
            .ToList();
        IReadOnlySet<string> NamesWith<TAttribute>()
            where TAttribute : Attribute =>
            parameters.Where(p => p.ParameterInfo.GetCustomAttribute<TAttribute>() is not null).Select(p => p.Name!).ToHashSet(StringComparer.Ordinal);

        return new DeclaredQuery(
            parameters.Select(p => p.Name!).ToHashSet(StringComparer.Ordinal),
            NamesWith<WholeNumberQueryAttribute>(),
            NamesWith<FreeTextQueryAttribute>());
    }
}

/// <summary>An endpoint's query parameters by name: all of them, the whole numbers, and those that take free text.</summary>
public sealed record DeclaredQuery(IReadOnlySet<string> Names, IReadOnlySet<string> WholeNumbers, IReadOnlySet<string> FreeText);
