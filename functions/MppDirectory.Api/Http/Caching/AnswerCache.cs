using System.Collections.Concurrent;
using System.IO.Compression;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// Whole answers of the data API, kept per data version and clock window: the bytes, their ETag and
/// the headers that go with them, and each content coding compressed once (Brotli, gzip) when first
/// asked for. A repeated read is then a dictionary look-up and a copy: no handler, no serializing,
/// no hashing, no compressing.
/// </summary>
public sealed class AnswerCache(DirectoryReadModel directory, ClockBoundAnswers clockBound)
{
    // Bounded: free-text queries make many URLs; a full cache starts again rather than grow.
    private const int MaxEntries = 500;

    private readonly ConcurrentDictionary<string, CachedAnswer> _answers = new(StringComparer.Ordinal);
    private (string Version, DateTimeOffset From)? _generation;

    /// <summary>The cache key of this request, and the seconds left in the clock window; null before anything is loaded.</summary>
    public (string Key, int SecondsLeft)? KeyOf(HttpContext context)
    {
        if (directory.Current is not { } snapshot || context.GetEndpoint()?.Metadata.GetMetadata<BeyondTheSnapshot>() is not null)
        {
            return null;
        }

        var (from, secondsLeft) = clockBound.CurrentWindow(snapshot);
        var generation = (snapshot.Version, from);
        if (_generation != generation)
        {
            _generation = generation;
            _answers.Clear(); // another data version or clock window: every answer may differ
        }

        // The generation is part of the key: an answer computed while a new version loaded is filed under
        // the generation it started in, so it is never served for the next.
        var variant = context.GetEndpoint()?.Metadata.GetMetadata<AnswerVariant>()?.KeyOf(context);
        return ($"{snapshot.Version}|{from.UtcTicks}|{context.Request.Path}{context.Request.QueryString}{Localization.LocalizedAnswer.KeyOf(context)}|{variant}", secondsLeft);
    }

    public bool TryGet(string key, out CachedAnswer answer) => _answers.TryGetValue(key, out answer!);

    public void Add(string key, CachedAnswer answer)
    {
        if (_answers.Count >= MaxEntries)
        {
            _answers.Clear();
        }

        _answers[key] = answer;
    }
}

/// <summary>
/// Marks routes whose answers depend on more than the loaded directory and the clock (dataset versions,
/// published apart from the data version): tagged and compressed, but never kept.
/// </summary>
public sealed class BeyondTheSnapshot
{
    public static BeyondTheSnapshot Instance { get; } = new();

    private BeyondTheSnapshot()
    {
    }
}

/// <summary>One answer as sent: its bytes, strong ETag, headers, and the codings made of it so far.</summary>
public sealed class CachedAnswer(byte[] body, string etag, IReadOnlyList<KeyValuePair<string, string>> headers, bool clockBound)
{
    private readonly ConcurrentDictionary<string, byte[]> _coded = new(StringComparer.Ordinal);

    public byte[] Body { get; } = body;

    /// <summary>The tag of the identity bytes, quoted.</summary>
    public string ETag { get; } = etag;

    /// <summary>The same tag, parsed once for the <c>If-None-Match</c> comparisons of every request.</summary>
    public Microsoft.Net.Http.Headers.EntityTagHeaderValue ParsedETag { get; } = Microsoft.Net.Http.Headers.EntityTagHeaderValue.Parse(etag);

    /// <summary>Content-Type, Cache-Control, Link, X-Total-Count as the handler set them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    /// <summary>Whether <c>max-age</c> follows the clock window rather than a fixed value.</summary>
    public bool ClockBound { get; } = clockBound;

    /// <summary>The bytes in a coding (<c>br</c>, <c>gzip</c>), compressed once, at the best level, on first use.</summary>
    public byte[] Coded(string coding) => _coded.GetOrAdd(coding, c =>
    {
        using var output = new MemoryStream();
        using (Stream encoder = c == "br" ? new BrotliStream(output, CompressionLevel.SmallestSize) : new GZipStream(output, CompressionLevel.SmallestSize))
        {
            encoder.Write(Body);
        }

        return output.ToArray();
    });
}

/// <summary>
/// Marks a route whose answer depends on a request header beyond the URL, the language and the coding
/// (the root answers JSON or HTML by <c>Accept</c>): the cache keeps one answer per variant, and
/// <c>Vary</c> names the header.
/// </summary>
public sealed class AnswerVariant(string header, Func<HttpContext, string> keyOf)
{
    public string Header { get; } = header;

    public string KeyOf(HttpContext context) => keyOf(context);
}
