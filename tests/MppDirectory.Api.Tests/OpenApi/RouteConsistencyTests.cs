using System.Text.Json;
using MppDirectory.Api.OpenApi;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>
/// One set, three places. Rule: every app route under /api has one function.json with the same route
/// and methods, and every such route is in the document with the same methods except the ones marked
/// ExcludeFromDescription, which are exactly the document itself and its docs page.
/// </summary>
public sealed class RouteConsistencyTests
{
    private static readonly string[] DocumentationRoutes =
        ["get /api/docs", "get /api/docs/redoc.standalone.js", "get /api/openapi.json"];

    [Fact]
    public void AppRoutesFunctionJsonFilesAndDocumentPathsAreTheSameSet()
    {
        var app = DescribedEndpoint.ApiRoutes(ContractDocument.AppRoutes())
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m.ToLowerInvariant()} {DescribedEndpoint.PathOf(e.RoutePattern).TrimEnd('/')}"))
            .Order(StringComparer.Ordinal).ToList();
        var functions = Directory.GetDirectories(RepositoryPaths.Combine("functions", "http"))
            .Select(folder => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "function.json"))).RootElement.GetProperty("bindings")[0])
            .SelectMany(binding => binding.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()} /api/{binding.GetProperty("route").GetString()}"))
            .Order(StringComparer.Ordinal).ToList();
        var document = ContractDocument.Document.Paths
            .SelectMany(p => p.Value.Keys.Select(method => $"{method} {p.Key}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(app, functions);
        Assert.Equal(app.Except(DocumentationRoutes), document);
        Assert.Equal(DocumentationRoutes, app.Except(document).Order(StringComparer.Ordinal));
    }
}
