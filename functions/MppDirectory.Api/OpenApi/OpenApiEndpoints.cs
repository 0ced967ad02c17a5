using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http;
using MppDirectory.Api.Http.Caching;

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

    /// <summary>The page's own script, which starts Redoc (no inline script, see <see cref="DocsPage.Policy"/>).</summary>
    public const string DocsScriptPath = "/api/docs/docs.js";

    private const string RedocResource = "MppDirectory.Api.OpenApi.redoc.standalone.js";

    private const string DocsScriptResource = "MppDirectory.Api.OpenApi.docs.js";

    // The contract and the script change only with a deployment.
    private const string StaticCacheControl = "public, max-age=3600";

    /// <summary>
    /// The committed contract (<see cref="CommittedContract"/>): the app does not load NSwag to make it again,
    /// and the read edition, which lacks the write routes, serves the same document.
    /// </summary>
    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(DocumentPath, () => Static(CommittedContract.Bytes, "application/json; charset=utf-8"))
            .WithName("GetOpenApiDocument")
            .WithCacheControl(StaticCacheControl)
            .ExcludeFromDescription();
        return routes;
    }

    public static IEndpointRouteBuilder MapDocs(this IEndpointRouteBuilder routes)
    {
        var page = Encoding.UTF8.GetBytes(DocsPage.Html(DocumentPath, RedocScriptPath, DocsScriptPath));
        var script = new Lazy<byte[]>(() => Embedded.Read(RedocResource));
        var init = new Lazy<byte[]>(() => Embedded.Read(DocsScriptResource));
        routes.MapGet(DocsPath, (HttpContext context, Http.Links.PublicUrls urls) =>
            {
                context.Response.Headers.ContentSecurityPolicy = DocsPage.Policy(urls.Base);
                return Static(page, "text/html; charset=utf-8");
            })
            .WithName("GetApiDocs")
            .WithCacheControl(StaticCacheControl)
            .ExcludeFromDescription();
        routes.MapGet(DocsScriptPath, () => Static(init.Value, "text/javascript; charset=utf-8"))
            .WithName("GetApiDocsInit")
            .WithCacheControl(StaticCacheControl)
            .ExcludeFromDescription();
        routes.MapGet(RedocScriptPath, () => Static(script.Value, "text/javascript; charset=utf-8"))
            .WithName("GetApiDocsScript")
            .WithCacheControl(StaticCacheControl)
            .ExcludeFromDescription();
        return routes;
    }

    private static FileContentHttpResult Static(byte[] body, string contentType) =>
        TypedResults.Bytes(body, contentType);

}
