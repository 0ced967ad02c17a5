using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Api.ReadModel;

public static class ClockWindow
{
    /// <summary>
    /// The first instant after <paramref name="now"/> at which anything the clock decides can change
    /// anywhere in the directory: an MPP or counter opening or closing, or a local midnight (the local
    /// date, holidays and special hours move on). Answers that depend on the clock hold until then.
    /// </summary>
    public static DateTimeOffset NextChange(this DirectorySnapshot snapshot, DateTimeOffset now)
    {
        var next = now.AddDays(1);
        foreach (var mpp in snapshot.Data.Mpps)
        {
            var zone = IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province).TimeZone;
            next = Min(next, NextMidnight(now, zone));
            // A due date begins at a local midnight, which ends the window already; named here so that an answer
            // saying "not due" can never outlive the due instant, whatever the rule of due dates becomes.
            if (VerificationRules.NextChange(mpp, snapshot.VerificationPeriodDays, now) is { } due)
            {
                next = Min(next, due);
            }

            var schedules = mpp.Counters.Select(c => EffectiveHours.Of(mpp, c).Schedule).Append(mpp.Hours.Schedule).OfType<WeeklySchedule>().Distinct();
            foreach (var schedule in schedules)
            {
                if (ScheduleClock.StatusAt(schedule, snapshot.Data.Holidays.Days, zone, now).NextChange is { } change && change > now)
                {
                    next = Min(next, change);
                }
            }
        }

        return next;
    }

    private static DateTimeOffset NextMidnight(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
