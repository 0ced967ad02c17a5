namespace MppDirectory.Domain.Schedules;

/// <summary>
/// Turns day plans into real openings in time, merging spans that touch or overlap (08:00-24:00
/// followed by 00:00-02:00 is one opening) so that a closing is the real closing.
/// </summary>
internal static class OpeningTimeline
{
    /// <summary>The merged openings of spans that open from <paramref name="firstDay"/> through <paramref name="lastDay"/>, in order.</summary>
    public static IEnumerable<OpenInterval> Openings(DayPlanner planner, TimeZoneInfo zone, DateOnly firstDay, DateOnly lastDay)
    {
        (DateTimeOffset Opens, DateTimeOffset Closes)? pending = null;
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var span in planner.PlanFor(day).Spans.OrderBy(s => s.Opens))
            {
                var opens = At(day, OpeningSpanExtent.Start(span), zone);
                var closes = At(day, OpeningSpanExtent.End(span), zone);
                // Spans arrive in order of opening, so each one either extends the pending opening or follows it.
                if (pending is { } current && opens <= current.Closes)
                {
                    pending = (current.Opens, closes > current.Closes ? closes : current.Closes);
                    continue;
                }

                if (pending is { } finished)
                {
                    yield return new OpenInterval(finished.Opens, finished.Closes);
                }

                pending = (opens, closes);
            }
        }

        if (pending is { } last)
        {
            // Reaching the day after the horizon means a later span could still extend it: its closing is unknown.
            var unknownClosing = last.Closes >= At(lastDay.AddDays(1), TimeSpan.Zero, zone);
            yield return new OpenInterval(last.Opens, unknownClosing ? null : last.Closes);
        }
    }

    /// <summary>A local wall-clock time as an instant carrying the zone's offset at that time.</summary>
    private static DateTimeOffset At(DateOnly day, TimeSpan sinceMidnight, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(sinceMidnight);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
