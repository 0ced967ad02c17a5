using System.Net;

namespace MppDirectory.Api.OpenApi;

/// <summary>The reference page: Redoc rendering the document, both served by the app itself.</summary>
public static class DocsPage
{
    /// <summary>
    /// Scripts and data from the app only, and no inline script (the page's own is <c>docs.js</c>). Redoc styles
    /// itself with inline <c>&lt;style&gt;</c> elements (styled-components) and runs its search in a worker made from
    /// a blob, so styles may be inline and workers blobs. Its footer logo is the one image from elsewhere. No site
    /// may frame the page.
    /// </summary>
    public static string Policy(string origin) =>
        $"default-src 'none'; script-src 'self' {origin}; style-src 'self' {origin} 'unsafe-inline'; img-src 'self' {origin} data: {RedocLogoOrigin}; " +
        $"connect-src 'self' {origin}; worker-src blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Where Redoc's "API docs by Redocly" footer takes its logo from; hidden when it does not load.</summary>
    public const string RedocLogoOrigin = "https://cdn.redoc.ly";

    public static string Html(string documentPath, string scriptPath, string initPath) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{WebUtility.HtmlEncode(Http.ApiVersion.Title)}}</title>
          <style>body { margin: 0; }</style>
        </head>
        <body>
          <noscript>This reference needs JavaScript. The contract itself is at <a href="{{documentPath}}">{{documentPath}}</a>.</noscript>
          <div id="redoc" data-spec="{{documentPath}}"></div>
          <script src="{{scriptPath}}"></script>
          <script src="{{initPath}}"></script>
        </body>
        </html>
        """;
}
