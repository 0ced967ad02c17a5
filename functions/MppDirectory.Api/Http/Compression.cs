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
    /// <summary>
    /// Every coding made on a request's path, at Brotli's and gzip's fastest levels: the request that
    /// computes an answer also compresses it, and a stream of distinct URLs (each one a miss) must not
    /// buy the slow levels' cost (Brotli's smallest size costs hundreds of times its fastest). Answers the
    /// cache keeps are compressed once and sent many times, but at this level too: their coding is made
    /// when first asked for, on that miss, and a better one made later would put other bytes under the
    /// same strong tag (<c>"…-br"</c>), which must name one byte sequence. What is written once and
    /// read many times off the request path is compressed better: dataset zips (Optimal, when a version
    /// is published).
    /// </summary>
    public const CompressionLevel AnswerLevel = CompressionLevel.Fastest;

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
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = AnswerLevel);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = AnswerLevel);
        return services;
    }

    /// <summary><paramref name="body"/> in a coding (<c>br</c> or <c>gzip</c>) at <see cref="AnswerLevel"/>, as the answer cache keeps it.</summary>
    public static byte[] Encode(byte[] body, string coding)
    {
        using var output = new MemoryStream();
        using (Stream encoder = coding == "br" ? new BrotliStream(output, AnswerLevel) : new GZipStream(output, AnswerLevel))
        {
            encoder.Write(body);
        }

        return output.ToArray();
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
