using System.Globalization;
using MppDirectory.Api.Diagnostics;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// Answers that depend on the clock (open now, next change, today's hours) are computed once and
/// kept until the next instant anything the clock decides can change (<see cref="ClockWindow"/>), so
/// the same URL gives the same bytes and ETag until then, and <c>max-age</c> never outlives it.
/// Bounded like the <see cref="AnswerCache"/> (<see cref="SegmentedLru{TValue}"/>), by count only: the
/// answers are objects, not bytes.
/// </summary>
public sealed class ClockBoundAnswers(TimeProvider clock, DirectoryMetrics metrics)
{
    // The answers people keep asking for (the lists, the details of the MPPs being looked at, in both
    // languages); a crawl of every counter at national scale (about 10,000) only passes through probation.
    private const int MaxEntries = 1_000;
    private const int MaxAgeSeconds = 30;

    private readonly SegmentedLru<Entry> _entries = new(MaxEntries);
    private Window? _window;

    /// <summary>The answer for this request's URL as of now, computed at most once per window; sets Cache-Control to fit.</summary>
    public T Get<T>(HttpContext context, DirectorySnapshot snapshot, Func<DateTimeOffset, T> compute)
        where T : class
    {
        var now = clock.GetUtcNow();
        var window = WindowAt(snapshot, now);
        var key = KeyOf(context.Request) + Localization.LocalizedAnswer.KeyOf(context);
        T answer;
        if (_entries.TryGet(key, out var entry) && entry.Window == window && entry.Answer is T cached)
        {
            metrics.ClockBoundAnswer(hit: true);
            answer = cached;
        }
        else
        {
            metrics.ClockBoundAnswer(hit: false);
            // Computed as of the window's start: the answer holds for all of it, so a recompute within it gives the same bytes.
            answer = compute(window.From);
            _entries.Add(key, new Entry(window, answer), mayBeProtected: !Links.KnownQuery.HasFreeText(context));
        }

        var seconds = Math.Clamp((int)Math.Floor((window.Until - now).TotalSeconds), 0, MaxAgeSeconds);
        context.Response.Headers.CacheControl = "public, max-age=" + seconds.ToString(CultureInfo.InvariantCulture);
        return answer;
    }

    /// <summary>When the current window of clock-bound answers began (a key for caches of whole answers) and how many seconds it has left.</summary>
    public (DateTimeOffset From, int SecondsLeft) CurrentWindow(DirectorySnapshot snapshot)
    {
        var now = clock.GetUtcNow();
        var window = WindowAt(snapshot, now);
        return (window.From, Math.Clamp((int)Math.Floor((window.Until - now).TotalSeconds), 0, MaxAgeSeconds));
    }

    /// <summary>The window of the snapshot that holds <paramref name="now"/>: from when it was computed until the next change.</summary>
    private Window WindowAt(DirectorySnapshot snapshot, DateTimeOffset now)
    {
        var window = _window;
        if (window is null || window.Version != snapshot.Version || now < window.From || now >= window.Until)
        {
            window = new Window(snapshot.Version, now, snapshot.NextChange(now));
            _window = window;
            _entries.Clear(); // answers of a past window are never served again
        }

        return window;
    }

    /// <summary>The URL without its paging: a list is cached whole and paged per request.</summary>
    private static string KeyOf(HttpRequest request) =>
        request.Path + QueryString.Create(request.Query.Where(p => p.Key is not ("page" or "per_page")));

    private sealed record Window(string Version, DateTimeOffset From, DateTimeOffset Until);

    private sealed record Entry(Window Window, object Answer);
}
