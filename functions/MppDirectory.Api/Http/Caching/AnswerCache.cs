using System.Collections.Concurrent;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// Whole answers of the data API, kept per data version and clock window: the bytes, their ETag and
/// the headers that go with them, and each content coding compressed once (Brotli, gzip) when first
/// asked for. A repeated read is then a look-up and a copy: no handler, no serializing, no hashing,
/// no compressing. Bounded by count and bytes with segmented LRU eviction (<see cref="SegmentedLru{TValue}"/>):
/// answers asked for again are protected from a flood of URLs asked for once, and answers to free
/// text (<c>q</c>) are never protected, so no stream of searches can empty the cache for everyone.
/// </summary>
public sealed class AnswerCache(DirectoryReadModel directory, AnswerWindow windows)
{
    // Well above the answers asked for again and again (the lists, the MPPs being looked at, in both
    // languages), in fewer bytes than the loaded directory itself holds at national scale (about 36 MiB):
    // the cache never costs more memory than the data it answers from.
    private const int MaxEntries = 2_000;
    private const long MaxBytes = 24L * 1024 * 1024;

    private readonly WindowedCache<CachedAnswer> _answers = new(new SegmentedLru<CachedAnswer>(MaxEntries, MaxBytes, answer => answer.ReservedBytes));

    /// <summary>The cache key of this request, and the seconds left in the clock window; null before anything is loaded.</summary>
    public AnswerKey? KeyOf(HttpContext context)
    {
        if (directory.Current is not { } snapshot || context.GetEndpoint()?.Metadata.GetMetadata<NotKeptInAnswerCache>() is not null)
        {
            return null;
        }

        // Filed under the window it started in: an answer computed while a new version loaded is never served for the next.
        var window = windows.Of(snapshot);
        var variant = context.GetEndpoint()?.Metadata.GetMetadata<AnswerVariant>()?.KeyOf(context);
        return new AnswerKey(
            window,
            $"{context.Request.Path}{context.Request.QueryString}{Localization.LocalizedAnswer.KeyOf(context)}|{variant}",
            windows.SecondsLeft(window),
            FreeText: KnownQuery.HasFreeText(context));
    }

    public bool TryGet(AnswerKey key, out CachedAnswer answer) => _answers.TryGet(key.Window, key.Key, out answer!);

    public void Add(AnswerKey key, CachedAnswer answer) => _answers.Add(key.Window, key.Key, answer, mayBeProtected: !key.FreeText);
}

/// <summary>Where an answer is filed (its window and URL), how long the window lasts, and whether it answers free text (never protected).</summary>
public sealed record AnswerKey(Window Window, string Key, int SecondsLeft, bool FreeText);

/// <summary>
/// Marks routes whose answers the <see cref="AnswerCache"/> must not keep: they read the tables (dataset versions,
/// the change feed, the steward registry), which change without the loaded directory's version changing, so an
/// answer kept for that version would go stale. They are still tagged and compressed.
/// </summary>
public sealed class NotKeptInAnswerCache
{
    public static NotKeptInAnswerCache Instance { get; } = new();

    private NotKeptInAnswerCache()
    {
    }
}

/// <summary>One answer as sent: its bytes, strong ETag, headers, and the codings made of it so far.</summary>
public sealed class CachedAnswer(byte[] body, string etag, IReadOnlyList<KeyValuePair<string, string>> headers, string cacheControl, bool clockBound)
{
    private readonly ConcurrentDictionary<string, byte[]> _coded = new(StringComparer.Ordinal);

    public byte[] Body { get; } = body;

    /// <summary>The tag of the identity bytes, quoted.</summary>
    public string ETag { get; } = etag;

    /// <summary>The same tag, parsed once for the <c>If-None-Match</c> comparisons of every request.</summary>
    public Microsoft.Net.Http.Headers.EntityTagHeaderValue ParsedETag { get; } = Microsoft.Net.Http.Headers.EntityTagHeaderValue.Parse(etag);

    /// <summary>Content-Type, Link, X-Total-Count and the others the handler set that belong to the bytes.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    /// <summary>The <c>Cache-Control</c> the answer chose or its endpoint declared (see <see cref="CacheControl"/>).</summary>
    public string CacheControl { get; } = cacheControl;

    /// <summary>Whether <c>max-age</c> follows the clock window rather than a fixed value.</summary>
    public bool ClockBound { get; } = clockBound;

    /// <summary>
    /// The bytes it holds with room for its codings: text answers compress to well under a quarter of
    /// their size in each coding, so a bound on this bounds what the cache holds.
    /// </summary>
    public long ReservedBytes => Body.LongLength + (Body.LongLength / 2);

    /// <summary>The bytes in a coding (<c>br</c>, <c>gzip</c>), compressed once, on first use (see <see cref="Compression.Encode"/>).</summary>
    public byte[] Coded(string coding) => _coded.GetOrAdd(coding, c => Compression.Encode(Body, c));
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
