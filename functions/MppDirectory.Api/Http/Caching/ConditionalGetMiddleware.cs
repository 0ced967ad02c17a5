using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// Gives every successful GET of the data API a strong ETag (a hash of the body, so it changes
/// exactly when the answer does, including answers that depend on the time such as open-now) and
/// answers <c>If-None-Match</c> with 304. Sends a default <c>Cache-Control</c> unless the endpoint
/// set its own.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    public const string DefaultCacheControl = "public, max-age=60";

    /// <summary>The path the middleware runs under (see DirectoryApp).</summary>
    public const string Scope = "/api/v1";

    public async Task InvokeAsync(HttpContext context)
    {
        if ((!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<OwnConditionalGet>() is not null)
        {
            await next(context);
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

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"");
            context.Response.Headers.ETag = etag.ToString();
            if (string.IsNullOrEmpty(context.Response.Headers.CacheControl))
            {
                context.Response.Headers.CacheControl = CacheControl.Of(context.GetEndpoint());
            }

            if (EntityTags.NoneMatchHits(context.Request, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }

        if (buffer.Length == 0)
        {
            return; // nothing written: status code pages may still write a problem
        }

        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
