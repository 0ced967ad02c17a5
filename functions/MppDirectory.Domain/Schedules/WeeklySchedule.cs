namespace MppDirectory.Domain.Schedules;

/// <summary>
/// Opening hours in the MPP's local time: spans per weekday, dated exceptions, and an optional
/// validity range. National holidays close it unless <see cref="OpenOnHolidays"/> is set.
/// </summary>
public sealed record WeeklySchedule(
    IReadOnlyList<DayHours> Days,
    IReadOnlyList<DatedHours> Exceptions,
    DateOnly? ValidFrom = null,
    DateOnly? ValidThrough = null,
    bool OpenOnHolidays = false);

/// <summary>The spans of one weekday; a weekday not listed is a day the counter is not staffed.</summary>
public sealed record DayHours(DayOfWeek Day, IReadOnlyList<OpeningSpan> Spans);

/// <summary>
/// One opening, local time. A <see cref="Closes"/> at or before <see cref="Opens"/> runs past
/// midnight into the next day (00:00 as a close means midnight).
/// </summary>
public sealed record OpeningSpan(TimeOnly Opens, TimeOnly Closes);

/// <summary>An exception to the weekly hours on a range of dates: no spans means closed.</summary>
public sealed record DatedHours(
    DateOnly From,
    DateOnly Through,
    IReadOnlyList<OpeningSpan> Spans,
    string Reason,
    string? Source = null);
