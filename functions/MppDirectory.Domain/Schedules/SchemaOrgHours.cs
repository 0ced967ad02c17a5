using System.Globalization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Schedules;

/// <summary>Writes a schedule as schema.org <c>openingHoursSpecification</c> and <c>specialOpeningHoursSpecification</c>.</summary>
public static class SchemaOrgHours
{
    private const string Midnight = "00:00";

    public static SchemaOrgOpeningHours For(WeeklySchedule schedule, IReadOnlyCollection<Holiday> holidays, DateOnly from, DateOnly through) =>
        new(Weekly(schedule), Special(schedule, holidays, from, through));

    /// <summary>One specification per span, shared by all weekdays with the same hours, bounded by the validity range.</summary>
    public static IReadOnlyList<OpeningHoursSpecification> Weekly(WeeklySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var validFrom = IsoDateOrNull(schedule.ValidFrom);
        var validThrough = IsoDateOrNull(schedule.ValidThrough);
        return WeekdayGroup.Of(schedule)
            .SelectMany(group => group.Spans.Select(span => new OpeningHoursSpecification(
                [.. group.Days.Select(day => $"https://schema.org/{day}")],
                Clock(span.Opens),
                Closing(span),
                validFrom,
                validThrough)))
            .ToList();
    }

    /// <summary>
    /// The dated exceptions that touch the window, then the holidays inside it that close the MPP
    /// (none when it opens on holidays, and not those an exception already decides).
    /// </summary>
    public static IReadOnlyList<OpeningHoursSpecification> Special(
        WeeklySchedule schedule,
        IReadOnlyCollection<Holiday> holidays,
        DateOnly from,
        DateOnly through)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(holidays);

        var exceptions = schedule.Exceptions
            .Where(e => e.From <= through && e.Through >= from)
            .OrderBy(e => e.From)
            .ToList();
        var exceptionHours = exceptions.SelectMany(ExceptionHours);

        var holidayClosures = schedule.OpenOnHolidays
            ? []
            : holidays
                .Where(h => h.Date >= from && h.Date <= through)
                .Where(h => !exceptions.Any(e => e.From <= h.Date && h.Date <= e.Through))
                .OrderBy(h => h.Date)
                .Select(h => Closed(h.Date, h.Date, h.Name));

        return [.. exceptionHours, .. holidayClosures];
    }

    private static IEnumerable<OpeningHoursSpecification> ExceptionHours(DatedHours exception) =>
        exception.Spans.Count == 0
            ? [Closed(exception.From, exception.Through, exception.Reason)]
            : exception.Spans.OrderBy(s => s.Opens).Select(span => new OpeningHoursSpecification(
                null, Clock(span.Opens), Closing(span), IsoDate(exception.From), IsoDate(exception.Through), exception.Reason));

    // schema.org marks a day closed with opens and closes both at midnight.
    private static OpeningHoursSpecification Closed(DateOnly from, DateOnly through, string name) =>
        new(null, Midnight, Midnight, IsoDate(from), IsoDate(through), name);

    // Closing at midnight is written 23:59, as search engines read 00:00-00:00 as closed.
    private static string Closing(OpeningSpan span) => span.Closes == TimeOnly.MinValue ? "23:59" : Clock(span.Closes);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? IsoDateOrNull(DateOnly? date) => date is { } value ? IsoDate(value) : null;
}
