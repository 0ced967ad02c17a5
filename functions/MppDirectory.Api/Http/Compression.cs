using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MppDirectory.Api.Http;

/// <summary>
/// Brotli and gzip for text answers (JSON, HTML, JavaScript, CSS, CSV, NDJSON, GeoJSON) when the
/// client asks, with <c>Vary: Accept-Encoding</c>; zips and other binary files go as they are, and a
/// range (206) is never compressed.
/// </summary>
public static class Compression
{
    public static readonly string[] MediaTypes =
    [
        "application/json", "application/problem+json", "application/geo+json", "application/x-ndjson",
        "text/csv", "text/html", "text/css", "text/javascript", "text/plain", "text/markdown", "image/svg+xml",
    ];

    public static IServiceCollection AddDirectoryCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Every answer is public data with no cookies or secrets, so compression over HTTPS reveals nothing (BREACH).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MediaTypes;
        });
        // Fastest: answers are compressed as they are sent, and the fast levels keep most of the gain.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Compression, with a strong ETag of its own for each coding (<c>"…-gzip"</c>, <c>"…-br"</c>): the bytes
    /// differ, so a cache must never join a range of one to the other. <see cref="Caching.EntityTags"/>
    /// takes the coded tags back in <c>If-None-Match</c>.
    /// </summary>
    public static IApplicationBuilder UseDirectoryCompression(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var coding = context.Response.Headers.ContentEncoding.ToString();
                if (coding.Length > 0 && Microsoft.Net.Http.Headers.EntityTagHeaderValue.TryParse(context.Response.Headers.ETag.ToString(), out var tag) && !tag.IsWeak
                    && !tag.Tag.ToString().EndsWith($"-{coding}\"", StringComparison.Ordinal)) // precompressed answers are tagged already
                {
                    context.Response.Headers.ETag = Caching.EntityTags.Coded(tag.Tag, coding);
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app.UseResponseCompression();
    }
}
