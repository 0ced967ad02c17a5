using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// The one notion of how long an answer holds: the data version it was computed from, and the clock window from
/// when it was computed until the next instant the clock changes anything in the directory (an opening, a closing,
/// a local midnight: <see cref="ClockWindow.NextChange"/>). Every cache of answers is filed by it
/// (<see cref="WindowedCache{TValue}"/>), and a clock-bound answer's <c>max-age</c> is the seconds it has left.
/// </summary>
public sealed class AnswerWindow(TimeProvider clock)
{
    /// <summary>The longest a clock-bound answer may be kept by others, even when its window is longer.</summary>
    public const int MaxAgeSeconds = 30;

    private Window? _current;

    /// <summary>The window of <paramref name="snapshot"/> that holds now; a new one when the version or the clock moved past it.</summary>
    public Window Of(DirectorySnapshot snapshot)
    {
        var now = clock.GetUtcNow();
        var window = _current;
        if (window is null || window.Version != snapshot.Version || now < window.From || now >= window.Until)
        {
            window = new Window(snapshot.Version, now, snapshot.NextChange(now));
            _current = window;
        }

        return window;
    }

    /// <summary>The seconds a clock-bound answer of <paramref name="window"/> may be kept from now: never past its end, at most <see cref="MaxAgeSeconds"/>.</summary>
    public int SecondsLeft(Window window) =>
        Math.Clamp((int)Math.Floor((window.Until - clock.GetUtcNow()).TotalSeconds), 0, MaxAgeSeconds);
}

/// <summary>A data version and the span of time in which every answer computed from it stays the same.</summary>
public sealed record Window(string Version, DateTimeOffset From, DateTimeOffset Until);

/// <summary>
/// A bounded cache (<see cref="SegmentedLru{TValue}"/>) of answers of one window: when the window moves on, every
/// answer of the past one is dropped at once, since none is served again.
/// </summary>
public sealed class WindowedCache<TValue>(SegmentedLru<TValue> entries)
    where TValue : class
{
    private Window? _window;

    public bool TryGet(Window window, string key, out TValue? value)
    {
        if (Enter(window))
        {
            return entries.TryGet(key, out value);
        }

        value = default; // a request of a past window: what is kept now belongs to a newer one
        return false;
    }

    /// <param name="mayBeProtected">False for answers to free text, which stay on probation (see <see cref="SegmentedLru{TValue}"/>).</param>
    public void Add(Window window, string key, TValue value, bool mayBeProtected)
    {
        // An answer computed while the window moved on belongs to the past one: never filed under the new.
        if (Enter(window))
        {
            entries.Add(key, value, mayBeProtected);
        }
    }

    /// <summary>Moves to <paramref name="window"/> if it is newer; whether it is the current one.</summary>
    private bool Enter(Window window)
    {
        var current = _window;
        if (current == window)
        {
            return true;
        }

        if (current is not null && window.From < current.From)
        {
            return false;
        }

        _window = window;
        entries.Clear();
        return true;
    }
}
