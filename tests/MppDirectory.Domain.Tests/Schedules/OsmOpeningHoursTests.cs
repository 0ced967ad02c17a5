using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class OsmOpeningHoursTests
{
    [Fact]
    public void FridayShortHoursGroupMondayToThursday() =>
        Assert.Equal("Mo-Th 08:00-15:00; Fr 08:00-11:00; PH off", OsmOpeningHours.Format(OfficeHours()));

    [Fact]
    public void OpenOnHolidaysLeavesOutPhOff() =>
        Assert.Equal("Mo-Th 08:00-15:00; Fr 08:00-11:00", OsmOpeningHours.Format(OfficeHours(openOnHolidays: true)));

    [Fact]
    public void SeveralSpansAreJoinedWithCommasInOpeningOrder()
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => Day(day, Span(13, 16), Span(8, 12)));
        var schedule = new WeeklySchedule([.. weekdays, Day(DayOfWeek.Saturday, Span(8, 12))], []);

        Assert.Equal("Mo-Fr 08:00-12:00,13:00-16:00; Sa 08:00-12:00; PH off", OsmOpeningHours.Format(schedule));
    }

    [Fact]
    public void NonConsecutiveDaysWithSameHoursShareOneRule()
    {
        var schedule = Weekly(
            Day(DayOfWeek.Monday, Span(8, 12)),
            Day(DayOfWeek.Wednesday, Span(8, 12)),
            Day(DayOfWeek.Friday, Span(8, 12)),
            Day(DayOfWeek.Saturday, Span(9, 13)),
            Day(DayOfWeek.Sunday, Span(9, 13)));

        Assert.Equal("Mo,We,Fr 08:00-12:00; Sa,Su 09:00-13:00; PH off", OsmOpeningHours.Format(schedule));
    }

    [Fact]
    public void UnlistedAndEmptyDaysAreLeftOutAsOsmDefaultsToClosed()
    {
        var schedule = Weekly(Day(DayOfWeek.Monday, Span(8, 12)), Day(DayOfWeek.Tuesday));

        Assert.Equal("Mo 08:00-12:00; PH off", OsmOpeningHours.Format(schedule));
    }

    [Fact]
    public void PastMidnightAndMidnightEndAreWrittenAsOsmTimes()
    {
        var schedule = Weekly(
            Day(DayOfWeek.Friday, Span(22, 2)),
            Day(DayOfWeek.Saturday, Span(20, 24)),
            Day(DayOfWeek.Sunday, Span(0, 24)));

        Assert.Equal("Fr 22:00-02:00; Sa 20:00-24:00; Su 00:00-24:00; PH off", OsmOpeningHours.Format(schedule));
    }

    [Fact]
    public void DatedExceptionsFollowAsDateRules()
    {
        var schedule = OfficeHours(exceptions:
        [
            Closed(new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 31), "Idul Fitri"),
            Closed(new DateOnly(2025, 3, 28), new DateOnly(2025, 4, 7), "Cuti bersama"),
            new DatedHours(new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 28), [Span(8, 14)], "Jam Ramadan"),
        ]);

        Assert.Equal(
            "Mo-Th 08:00-15:00; Fr 08:00-11:00; PH off; 2025 Mar 31 off; 2025 Mar 28-2025 Apr 07 off; 2025 Mar 03-2025 Mar 28 08:00-14:00",
            OsmOpeningHours.Format(schedule));
    }

    [Fact]
    public void EmptyScheduleIsOff() =>
        Assert.Equal("off", OsmOpeningHours.Format(new WeeklySchedule([], [])));

    [Fact]
    public void ScheduleWithOnlyExceptionsStartsFromOff()
    {
        var schedule = new WeeklySchedule([], [new DatedHours(new DateOnly(2025, 8, 17), new DateOnly(2025, 8, 17), [Span(7, 10)], "HUT RI")]);

        Assert.Equal("off; 2025 Aug 17 07:00-10:00", OsmOpeningHours.Format(schedule));
    }
}
