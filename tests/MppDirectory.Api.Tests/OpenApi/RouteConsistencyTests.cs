using System.Text.Json;
using MppDirectory.Api.OpenApi;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>
/// One set, three places. Rule: every app route under /api has one function.json with the same route
/// and methods (plus OPTIONS for CORS preflight), and every such GET route is in the document except the
/// ones marked ExcludeFromDescription, which are exactly the document itself and its docs page.
/// </summary>
public sealed class RouteConsistencyTests
{
    private static readonly string[] DocumentationRoutes =
        ["get /api/docs", "get /api/docs/docs.js", "get /api/docs/redoc.standalone.js", "get /api/openapi.json"];

    [Fact]
    public void AppRoutesFunctionJsonFilesAndDocumentPathsAreTheSameSet()
    {
        var app = DescribedEndpoint.ApiRoutes(ContractDocument.AppRoutes())
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m.ToLowerInvariant()} {DescribedEndpoint.PathOf(e.RoutePattern).TrimEnd('/')}"))
            .Order(StringComparer.Ordinal).ToList();
        var preflight = app.Where(r => r.StartsWith("get ", StringComparison.Ordinal)).Select(r => "options " + r[4..]);
        var functions = Directory.GetDirectories(RepositoryPaths.Combine("functions", "http"))
            .Select(folder => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "function.json"))).RootElement.GetProperty("bindings")[0])
            .Where(binding => binding.GetProperty("route").GetString()!.StartsWith("api/", StringComparison.Ordinal)) // the site's pages sit beside the API
            .SelectMany(binding => binding.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()} /{binding.GetProperty("route").GetString()}"))
            .Order(StringComparer.Ordinal).ToList();
        var document = ContractDocument.Document.Paths
            .SelectMany(p => p.Value.Keys.Select(method => $"{method} {p.Key}"))
            .Order(StringComparer.Ordinal).ToList();

        // Every GET route answers HEAD too and CORS preflight, which the host must forward (OPTIONS in function.json);
        // the document describes the GETs.
        var gets = app.Where(r => r.StartsWith("get ", StringComparison.Ordinal)).ToList();
        Assert.Equal(gets.Select(r => "head " + r[4..]).Order(StringComparer.Ordinal), app.Where(r => r.StartsWith("head ", StringComparison.Ordinal)));
        Assert.Equal(app.Concat(preflight).Order(StringComparer.Ordinal), functions);
        var writes = app.Where(r => !r.StartsWith("get ", StringComparison.Ordinal) && !r.StartsWith("head ", StringComparison.Ordinal));
        Assert.Equal(gets.Except(DocumentationRoutes).Concat(writes).Order(StringComparer.Ordinal), document);
        Assert.Equal(DocumentationRoutes, gets.Except(document).Order(StringComparer.Ordinal));
    }
}
