namespace MppDirectory.Api.Http;

/// <summary>
/// The headers every answer carries, whatever made it (an endpoint, a 304, a problem, a 429, a preflight, an
/// answer the read edition forwards): <c>X-Content-Type-Options: nosniff</c>, a <c>Referrer-Policy</c>, and
/// <c>Strict-Transport-Security</c> when the public address is https; and a <c>Content-Security-Policy</c> that
/// lets the answer load and be framed by nothing, unless the endpoint set its own (pages, the docs, the iframe card).
/// Set just before the headers go out, so that an answer cleared and rewritten on the way (the exception
/// handler's) still has them. The first middleware of both editions (DirectoryApp).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, Links.PublicUrls urls)
{
    /// <summary>For JSON and problems: no URL of this API is worth telling another site about, and API URLs carry queries.</summary>
    public const string ApiReferrerPolicy = "no-referrer";

    /// <summary>For the site: a source's publisher may see that a reader came from the directory (its origin), never the page or a search.</summary>
    public const string SiteReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>A year, for every host under the public one; sent only when that address is https (RFC 6797 section 7.2).</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>An answer that is not a page (JSON, a problem, a file) runs nothing, loads nothing and is framed by no one.</summary>
    public const string DefaultContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    private const string ApiPath = "/api";

    // The public address is fixed for the app's life: whether browsers should only ever reach it over TLS is too.
    private readonly bool _https = urls.Base.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = context.Request.Path.StartsWithSegments(ApiPath) ? ApiReferrerPolicy : SiteReferrerPolicy;
            if (_https)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = DefaultContentSecurityPolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
