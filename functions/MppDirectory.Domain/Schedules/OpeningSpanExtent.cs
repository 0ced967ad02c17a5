namespace MppDirectory.Domain.Schedules;

/// <summary>Where a span starts and ends, measured from the midnight that begins its opening day.</summary>
internal static class OpeningSpanExtent
{
    public static TimeSpan Start(OpeningSpan span) => span.Opens.ToTimeSpan();

    // A close at or before the opening runs past midnight, so 22:00-02:00 ends at 26:00 and
    // 00:00-00:00 covers the whole day.
    public static TimeSpan End(OpeningSpan span) =>
        span.Closes > span.Opens ? span.Closes.ToTimeSpan() : span.Closes.ToTimeSpan() + TimeSpan.FromDays(1);
}
