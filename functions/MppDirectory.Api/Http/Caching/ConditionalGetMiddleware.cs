using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// Every successful GET of the data API: a strong ETag (a hash of the body, so it changes exactly
/// when the answer does), <c>If-None-Match</c> answered with 304, a default <c>Cache-Control</c>
/// unless the endpoint set its own, and the whole answer kept in the <see cref="AnswerCache"/> for
/// the data version and clock window, with Brotli and gzip made once per answer.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, AnswerCache cache, Diagnostics.DirectoryMetrics metrics)
{
    public const string DefaultCacheControl = "public, max-age=60";

    /// <summary>The path the middleware runs under (see DirectoryApp).</summary>
    public const string Scope = "/api/v1";

    // The headers of an answer that belong to its bytes and are kept with them.
    private static readonly string[] KeptHeaders = [HeaderNames.ContentType, HeaderNames.Link, "X-Total-Count", HeaderNames.ContentLanguage, HeaderNames.ContentSecurityPolicy];

    public async Task InvokeAsync(HttpContext context)
    {
        if ((!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<OwnConditionalGet>() is not null)
        {
            await next(context);
            return;
        }

        var key = cache.KeyOf(context);
        if (key is not null && cache.TryGet(key, out var cached))
        {
            metrics.Answered(cached: true);
            await WriteAsync(context, cached, key.SecondsLeft);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            if (buffer.Length > 0)
            {
                context.Response.ContentLength = buffer.Length;
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted);
            }

            return; // problems and redirects are neither tagged nor kept; empty ones are left to status code pages
        }

        var body = buffer.ToArray();
        var answer = new CachedAnswer(
            body,
            EntityTags.Of(body, context.Items.TryGetValue(MppRevision.ItemKey, out var revision) ? revision as string : null),
            [.. KeptHeaders.Where(h => !string.IsNullOrEmpty(context.Response.Headers[h])).Select(h => KeyValuePair.Create(h, context.Response.Headers[h].ToString()))],
            CacheControl.ChosenFor(context) ?? CacheControl.Of(context.GetEndpoint()),
            clockBound: context.GetEndpoint()?.Metadata.GetMetadata<CacheControlMetadata>()?.Value == CacheControl.ClockDependent);
        if (key is not null)
        {
            cache.Add(key, answer);
        }

        metrics.Answered(cached: false);

        await WriteAsync(context, answer, key?.SecondsLeft);
    }

    /// <summary>The answer, or 304 when the client holds it; in the coding the client prefers, made once.</summary>
    private static Task WriteAsync(HttpContext context, CachedAnswer answer, int? secondsLeft)
    {
        var response = context.Response;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        CacheControl.Choose(context, answer.ClockBound && secondsLeft is { } seconds
            ? "public, max-age=" + seconds.ToString(CultureInfo.InvariantCulture)
            : answer.CacheControl);

        response.Headers.Vary = Localization.LocalizedAnswer.Vary(localized: !string.IsNullOrEmpty(response.Headers.ContentLanguage))
            + (context.GetEndpoint()?.Metadata.GetMetadata<AnswerVariant>() is { } variant ? ", " + variant.Header : "");
        var coding = PreferredCoding(context.Request);
        response.Headers.ETag = coding is null ? answer.ETag : EntityTags.Coded(answer.ETag, coding);
        if (EntityTags.NoneMatchHits(context.Request, answer.ParsedETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            return Task.CompletedTask;
        }

        var bytes = coding is null ? answer.Body : answer.Coded(coding);
        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>Brotli, else gzip, when the client accepts it (q above 0); null for the identity bytes.</summary>
    private static string? PreferredCoding(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            return null;
        }

        bool Accepts(string coding) => accepted.Any(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : null;
    }
}
