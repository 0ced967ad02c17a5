using System.Net;

namespace MppDirectory.Api.OpenApi;

/// <summary>The reference page: Redoc rendering the document, both served by the app itself.</summary>
public static class DocsPage
{
    public static string Html(string documentPath, string scriptPath) => $$"""
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
          <div id="redoc"></div>
          <script src="{{scriptPath}}"></script>
          <script>
            Redoc.init('{{documentPath}}', { hideHostname: false, expandResponses: '200', jsonSampleExpandLevel: 2, sortTagsAlphabetically: false }, document.getElementById('redoc'));
          </script>
        </body>
        </html>
        """;
}
