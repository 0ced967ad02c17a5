using System.Reflection;
using Microsoft.AspNetCore.Routing.Patterns;
using MppDirectory.Api.Functions;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// A route the document describes: every route under <c>/api</c> (so every HTTP function) except those
/// marked <c>ExcludeFromDescription</c>, which are the document and its docs page.
/// </summary>
public sealed record DescribedEndpoint(RouteEndpoint Endpoint, string Path, IReadOnlyList<string> Methods, MethodInfo Handler)
{
    public static IReadOnlyList<DescribedEndpoint> From(IEnumerable<EndpointDataSource> sources) =>
        [.. ApiRoutes(sources)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => new DescribedEndpoint(
                e,
                PathOf(e.RoutePattern),
                // HEAD answers as GET does, without a body: the document describes the GET.
                [.. (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(m => !HttpMethods.IsHead(m)).Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal)],
                e.Metadata.GetMetadata<MethodInfo>() ?? throw new InvalidOperationException($"Route {e.RoutePattern.RawText} has no handler method.")))
            .OrderBy(d => d.Path, StringComparer.Ordinal)];

    /// <summary>The routes of the API (the site's pages beside it are not part of the contract).</summary>
    public static IEnumerable<RouteEndpoint> ApiRoutes(IEnumerable<EndpointDataSource> sources) =>
        sources.SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith(FunctionManifest.ApiPrefix, StringComparison.Ordinal) == true);

    /// <summary>The OpenAPI path: literal segments as written, parameters as <c>{name}</c> without constraints.</summary>
    public static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => throw new InvalidOperationException($"Unsupported route part in {pattern.RawText}."),
        }))));

    public string Name => Endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
        ?? throw new InvalidOperationException($"Route {Path} has no name (WithName) for its operationId.");
}
