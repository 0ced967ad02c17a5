using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// <c>/api/openapi.json</c> (the document, built once from the route table on first request) and
/// <c>/api/docs</c> (Redoc over it, with its script served from the app so the page needs no internet).
/// Both are HTTP functions but not part of the document they serve.
/// </summary>
public static class OpenApiEndpoints
{
    public const string DocumentPath = "/api/openapi.json";

    public const string DocsPath = "/api/docs";

    public const string RedocScriptPath = "/api/docs/redoc.standalone.js";

    private const string RedocResource = "MppDirectory.Api.OpenApi.redoc.standalone.js";

    // The contract and the script change only with a deployment.
    private const string StaticCacheControl = "public, max-age=3600";

    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder routes)
    {
        var json = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(DirectoryOpenApi.ToJson(DirectoryOpenApi.Create(routes.DataSources).Document)));
        routes.MapGet(DocumentPath, (HttpContext context) => Static(context, json.Value, "application/json; charset=utf-8"))
            .WithName("GetOpenApiDocument")
            .ExcludeFromDescription();
        return routes;
    }

    public static IEndpointRouteBuilder MapDocs(this IEndpointRouteBuilder routes)
    {
        var page = Encoding.UTF8.GetBytes(DocsPage.Html(DocumentPath, RedocScriptPath));
        var script = new Lazy<byte[]>(ReadRedocScript);
        routes.MapGet(DocsPath, (HttpContext context) => Static(context, page, "text/html; charset=utf-8"))
            .WithName("GetApiDocs")
            .ExcludeFromDescription();
        routes.MapGet(RedocScriptPath, (HttpContext context) => Static(context, script.Value, "text/javascript; charset=utf-8"))
            .WithName("GetApiDocsScript")
            .ExcludeFromDescription();
        return routes;
    }

    private static FileContentHttpResult Static(HttpContext context, byte[] body, string contentType)
    {
        context.Response.Headers.CacheControl = StaticCacheControl;
        return TypedResults.Bytes(body, contentType);
    }

    private static byte[] ReadRedocScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(RedocResource)
            ?? throw new InvalidOperationException($"{RedocResource} is not embedded; build after `npm ci`.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
