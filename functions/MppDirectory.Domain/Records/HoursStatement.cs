using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Records;

/// <summary>What the sources say about opening hours; <see cref="Known"/> is false until a source states them.</summary>
public sealed record HoursStatement(bool Known, string Note, IReadOnlyList<Citation> Citations, WeeklySchedule? Schedule = null);
