using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing.Patterns;
using MppDirectory.Api.Http.Caching;

namespace MppDirectory.Api.Http.Links;

/// <summary>
/// One URL per resource: a request that reached a route by another spelling (other letter case, a
/// trailing slash, dot segments, a whole number with leading zeros such as <c>per_page=0100</c>) is sent
/// with 308 to the route's own spelling, so that caches (this app's and any between) hold one answer
/// under one URL. Query parameters the route does not declare are dropped before binding (see
/// <see cref="KnownQuery"/>).
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next, PublicUrls urls)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint)
        {
            return next(context);
        }

        var canonical = CanonicalPath(endpoint.RoutePattern, context.Request.RouteValues);
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var rawPath = Uri.UnescapeDataString(raw.Split('?', 2)[0]);
        var (query, numbersRespelled) = KnownQuery.Canonical(context.Request.QueryString, KnownQuery.Of(endpoint));
        if (canonical is not null && (rawPath != canonical || numbersRespelled))
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = urls.Absolute(canonical + query);
            CacheControl.Choose(context, "public, max-age=86400");
            return Task.CompletedTask;
        }

        context.Request.QueryString = query;
        return next(context);
    }

    /// <summary>
    /// Ids, versions and file names are plain (letters, digits, <c>. _ -</c>): anything else cannot be a
    /// resource, so it is left to its route's 404 rather than redirected (no escaping to get wrong).
    /// </summary>
    private static bool IsPlain(string value) => value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>The route's literal segments as written and its values as given; null where a part is not a plain one.</summary>
    private static string? CanonicalPath(RoutePattern pattern, RouteValueDictionary values)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternParameterPart parameter when values.TryGetValue(parameter.Name, out var value) && value is string given && IsPlain(given):
                        text += given;
                        break;
                    default:
                        return null;
                }
            }

            segments.Add(text);
        }

        return "/" + string.Join('/', segments);
    }
}
