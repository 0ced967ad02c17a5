using MppDirectory.Api.Diagnostics;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// Answers that depend on the clock (open now, next change, today's hours) are computed once per
/// <see cref="AnswerWindow"/>, as of its start, so the same URL gives the same bytes and ETag until the
/// next instant anything the clock decides can change. Bounded like the <see cref="AnswerCache"/>, by
/// count only: the answers are objects, not bytes. Their <c>max-age</c> is set where every answer's
/// Cache-Control is (<see cref="ConditionalGetMiddleware"/>).
/// </summary>
public sealed class ClockBoundAnswers(AnswerWindow windows, DirectoryMetrics metrics)
{
    // The answers people keep asking for (the lists, the details of the MPPs being looked at, in both
    // languages); a crawl of every counter at national scale (about 10,000) only passes through probation.
    private const int MaxEntries = 1_000;

    private readonly WindowedCache<object> _entries = new(new SegmentedLru<object>(MaxEntries));

    /// <summary>The answer for this request's URL as of the current window, computed at most once in it.</summary>
    public T Get<T>(HttpContext context, DirectorySnapshot snapshot, Func<DateTimeOffset, T> compute)
        where T : class
    {
        var window = windows.Of(snapshot);
        var key = KeyOf(context.Request) + Localization.LocalizedAnswer.KeyOf(context);
        if (_entries.TryGet(window, key, out var entry) && entry is T cached)
        {
            metrics.ClockBoundAnswer(hit: true);
            return cached;
        }

        metrics.ClockBoundAnswer(hit: false);
        var answer = compute(window.From); // as of the window's start: a recompute within it gives the same bytes
        _entries.Add(window, key, answer, mayBeProtected: !Links.KnownQuery.HasFreeText(context));
        return answer;
    }

    /// <summary>When the current window began (what pages compute their clock-bound parts as of) and how many seconds it has left.</summary>
    public (DateTimeOffset From, int SecondsLeft) CurrentWindow(DirectorySnapshot snapshot)
    {
        var window = windows.Of(snapshot);
        return (window.From, windows.SecondsLeft(window));
    }

    /// <summary>The URL without its paging: a list is cached whole and paged per request.</summary>
    private static string KeyOf(HttpRequest request) =>
        request.Path + QueryString.Create(request.Query.Where(p => p.Key is not ("page" or "per_page")));
}
