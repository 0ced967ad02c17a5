using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Records;

/// <summary>What the sources say about opening hours; no <see cref="Schedule"/> until a source states them.</summary>
public sealed record HoursStatement(string Note, IReadOnlyList<Citation> Citations, WeeklySchedule? Schedule = null)
{
    public bool Known => Schedule is not null;
}
