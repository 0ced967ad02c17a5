using System.Globalization;

namespace MppDirectory.Domain.Schedules;

/// <summary>
/// Writes a schedule as an OpenStreetMap <c>opening_hours</c> value, e.g.
/// <c>Mo-Th 08:00-15:00; Fr 08:00-11:00; PH off</c>.
/// </summary>
/// <remarks>
/// Days without hours are left out, since OSM treats any day no rule mentions as closed. Rules
/// are ordered weekly hours, <c>PH off</c>, then dated exceptions, because later OSM rules
/// override earlier ones: exceptions win over holidays, as in <see cref="ScheduleClock"/>.
/// The validity range is not written (opening_hours describes the hours in force). Times are
/// written to the minute.
/// </remarks>
public static class OsmOpeningHours
{
    public static string Format(WeeklySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var rules = new List<string>();
        var groups = WeekdayGroup.Of(schedule);
        if (groups.Count == 0)
        {
            rules.Add("off");
        }
        else
        {
            rules.AddRange(groups.Select(g => $"{Weekdays(g.Days)} {Spans(g.Spans)}"));
            if (!schedule.OpenOnHolidays)
            {
                rules.Add("PH off");
            }
        }

        rules.AddRange(schedule.Exceptions.Select(DateRule));
        return string.Join("; ", rules);
    }

    /// <summary>Runs of three or more days as ranges (<c>Mo-Th</c>), shorter runs listed (<c>Sa,Su</c>).</summary>
    private static string Weekdays(IReadOnlyList<DayOfWeek> days)
    {
        var parts = new List<string>();
        var positions = days.Select(MondayFirstIndex).ToList();
        var runStart = 0;
        for (var i = 1; i <= positions.Count; i++)
        {
            if (i < positions.Count && positions[i] == positions[i - 1] + 1)
            {
                continue;
            }

            var runLength = i - runStart;
            parts.Add(runLength >= 3
                ? $"{Abbreviation(days[runStart])}-{Abbreviation(days[i - 1])}"
                : string.Join(",", days.Skip(runStart).Take(runLength).Select(Abbreviation)));
            runStart = i;
        }

        return string.Join(",", parts);
    }

    // DayOfWeek counts from Sunday; OSM weeks run Monday to Sunday.
    private static int MondayFirstIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private static string Abbreviation(DayOfWeek day) => day.ToString()[..2];

    private static string DateRule(DatedHours exception)
    {
        var dates = exception.From == exception.Through
            ? Date(exception.From)
            : $"{Date(exception.From)}-{Date(exception.Through)}";
        return $"{dates} {(exception.Spans.Count == 0 ? "off" : Spans(exception.Spans.OrderBy(s => s.Opens).ToList()))}";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy MMM dd", CultureInfo.InvariantCulture);

    private static string Spans(IReadOnlyList<OpeningSpan> spans) => string.Join(",", spans.Select(Span));

    // Midnight as a close is 24:00; a close equal to a later opening is a full day, written in
    // OSM's extended hours (08:00-32:00); any other earlier close wraps naturally (22:00-02:00).
    private static string Span(OpeningSpan span)
    {
        var closes = span.Closes == TimeOnly.MinValue || span.Closes == span.Opens
            ? Clock(span.Closes.Hour + 24, span.Closes.Minute)
            : Clock(span.Closes.Hour, span.Closes.Minute);
        return $"{Clock(span.Opens.Hour, span.Opens.Minute)}-{closes}";
    }

    private static string Clock(int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
}
