using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Schedules;

/// <summary>
/// Decides the hours of one local date, in order of precedence: validity range, dated exception,
/// holiday, weekly hours.
/// </summary>
internal sealed class DayPlanner
{
    private readonly WeeklySchedule schedule;
    private readonly Dictionary<DayOfWeek, DayHours> weekly = [];
    private readonly Dictionary<DateOnly, Holiday> holidays = [];

    public DayPlanner(WeeklySchedule schedule, IReadOnlyCollection<Holiday> holidays)
    {
        this.schedule = schedule;
        // A repeated weekday or holiday date is a data error (see ScheduleRules); the first one counts.
        foreach (var day in schedule.Days)
        {
            weekly.TryAdd(day.Day, day);
        }

        foreach (var holiday in holidays)
        {
            this.holidays.TryAdd(holiday.Date, holiday);
        }
    }

    public DayPlan PlanFor(DateOnly date)
    {
        if (date < schedule.ValidFrom || date > schedule.ValidThrough)
        {
            return new DayPlan([], ClosedReasons.OutsideValidity, null);
        }

        // The last listed exception wins, as later rules do in OSM opening_hours.
        var exception = schedule.Exceptions.LastOrDefault(e => e.From <= date && date <= e.Through);
        if (exception is not null)
        {
            return new DayPlan(exception.Spans, ClosedReasons.Exception, exception.Reason);
        }

        if (!schedule.OpenOnHolidays && holidays.TryGetValue(date, out var holiday))
        {
            return new DayPlan([], ClosedReasons.Holiday, holiday.Name);
        }

        return weekly.TryGetValue(date.DayOfWeek, out var hours) && hours.Spans.Count > 0
            ? new DayPlan(hours.Spans, null, null)
            : new DayPlan([], ClosedReasons.NotStaffed, null);
    }
}
