using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Schedules;

/// <summary>Answers "is this MPP open now, and when does that change?" from its schedule and the holiday calendar.</summary>
public static class ScheduleClock
{
    /// <summary>How many days ahead to look for the next change before reporting none.</summary>
    public const int HorizonDays = 400;

    public static OpenStatus StatusAt(
        WeeklySchedule schedule,
        IReadOnlyCollection<Holiday> holidays,
        TimeZoneInfo zone,
        DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(zone);

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var now = TimeOnly.FromDateTime(local.DateTime);
        var planner = new DayPlanner(schedule, holidays);

        // Start from yesterday: a span that opened then may still run past midnight.
        var upcoming = OpeningTimeline.Openings(planner, zone, today.AddDays(-1), today.AddDays(HorizonDays))
            .SkipWhile(opening => opening.Closes <= instant)
            .Take(2)
            .ToList();

        if (upcoming.Count > 0 && upcoming[0].Opens <= instant)
        {
            var following = upcoming.Count > 1 ? upcoming[1].Opens : (DateTimeOffset?)null;
            return new OpenStatus(true, today, now, following, upcoming[0].Closes, null, null);
        }

        var plan = planner.PlanFor(today);
        var next = upcoming.Count > 0 ? upcoming[0] : (OpenInterval?)null;
        return new OpenStatus(false, today, now, next?.Opens, next?.Closes, plan.Reason ?? ClosedReasons.OutsideHours, plan.Occasion);
    }
}
