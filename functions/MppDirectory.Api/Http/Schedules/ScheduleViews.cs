using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Api.Http.Schedules;

public static class ScheduleViews
{
    // schema.org special hours cover the holidays and exceptions of the coming weeks.
    private const int SpecialHoursDays = 60;

    public static ScheduleView For(DirectorySnapshot snapshot, Mpp mpp, Counter? counter, DateTimeOffset now, Language language)
    {
        var hours = EffectiveHours.Of(mpp, counter);
        if (hours.Basis == HoursBasis.CounterEnded)
        {
            return new ScheduleView(false, hours.Basis, null, [], null, null, null, null);
        }

        if (hours.Schedule is not { } schedule)
        {
            return new ScheduleView(false, hours.Basis, mpp.Hours.Describe()?.In(language), mpp.Hours.Citations, null, null, null, null);
        }

        var zone = IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province).TimeZone;
        var holidays = snapshot.Data.Holidays.Days;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return new ScheduleView(
            true,
            hours.Basis,
            mpp.Hours.Describe()?.In(language),
            mpp.Hours.Citations,
            schedule,
            OsmOpeningHours.Format(schedule),
            SchemaOrgHours.For(schedule, holidays, today, today.AddDays(SpecialHoursDays)),
            ScheduleClock.StatusAt(schedule, holidays, zone, now));
    }
}
