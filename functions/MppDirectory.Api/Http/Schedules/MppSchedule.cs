namespace MppDirectory.Api.Http.Schedules;

/// <summary>
/// The hours of an MPP and of each of its counters, as of <see cref="CheckedAt"/>: when the answer was
/// computed. It stays the same (and so does its ETag) until the next opening, closing or local midnight.
/// </summary>
/// <param name="HolidayCalendarNote">What the holiday calendar covers; holidays close counters unless they say otherwise.</param>
public sealed record MppSchedule(
    string MppId,
    DateTimeOffset CheckedAt,
    ScheduleView Hours,
    IReadOnlyList<CounterSchedule> Counters,
    string HolidayCalendarNote);

public sealed record CounterSchedule(string CounterId, string StatedName, ScheduleView Hours);
