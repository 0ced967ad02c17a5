using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class ScheduleClockMidnightTests
{
    // Tuesday 4 Mar 2025 20:00 until midnight.
    private static readonly WeeklySchedule EveningToMidnight = Weekly(Day(DayOfWeek.Tuesday, Span(20, 24)));

    [Fact]
    public void LastSecondBeforeMidnightIsOpenUntilMidnight()
    {
        var status = ScheduleClock.StatusAt(EveningToMidnight, NoHolidays, Wib, Wib7(2025, 3, 4, 23, 59, 59));

        Assert.True(status.IsOpen);
        Assert.Equal(new DateOnly(2025, 3, 4), status.LocalDate);
        Assert.Equal(new TimeOnly(23, 59, 59), status.LocalTime);
        Assert.Equal(Wib7(2025, 3, 5, 0), status.NextClosing);
    }

    [Fact]
    public void MidnightAfterASpanEndingAt24IsClosed()
    {
        var status = ScheduleClock.StatusAt(EveningToMidnight, NoHolidays, Wib, Wib7(2025, 3, 5, 0));

        Assert.False(status.IsOpen);
        Assert.Equal(new DateOnly(2025, 3, 5), status.LocalDate);
        Assert.Equal(ClosedReasons.NotStaffed, status.ClosedReason);
        Assert.Equal(Wib7(2025, 3, 11, 20), status.NextOpening);
    }

    [Fact]
    public void SpanEndingAt24MergesWithNextDaySpanFromMidnight()
    {
        var schedule = Weekly(Day(DayOfWeek.Monday, Span(8, 24)), Day(DayOfWeek.Tuesday, Span(0, 2)));

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wib, Wib7(2025, 3, 3, 23));

        Assert.True(status.IsOpen);
        Assert.Equal(Wib7(2025, 3, 4, 2), status.NextClosing);
        Assert.Equal(Wib7(2025, 3, 10, 8), status.NextOpening);
    }

    [Fact]
    public void PastMidnightSpanIsStillOpenAtOneOnTheNextDay()
    {
        var schedule = Weekly(Day(DayOfWeek.Friday, Span(22, 2)));

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wita, Local(8, 2025, 3, 8, 1));

        Assert.True(status.IsOpen);
        Assert.Equal(new DateOnly(2025, 3, 8), status.LocalDate);
        Assert.Equal(Local(8, 2025, 3, 8, 2), status.NextClosing);
        Assert.Equal(Local(8, 2025, 3, 14, 22), status.NextOpening);
    }

    [Fact]
    public void PastMidnightSpanRunsIntoTheNextDaySpanAndClosesAtItsEnd()
    {
        var schedule = Weekly(Day(DayOfWeek.Monday, Span(22, 2)), Day(DayOfWeek.Tuesday, Span(1, 5)));

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wib, Wib7(2025, 3, 3, 23));

        Assert.True(status.IsOpen);
        Assert.Equal(Wib7(2025, 3, 4, 5), status.NextClosing);
    }

    [Fact]
    public void PastMidnightSpanBelongsToItsOpeningDaySoAHolidayNextDayDoesNotCutIt()
    {
        var schedule = Weekly(Day(DayOfWeek.Friday, Span(22, 2)));

        var status = ScheduleClock.StatusAt(schedule, [National(new DateOnly(2025, 3, 8), "Libur")], Wib, Wib7(2025, 3, 8, 1));

        Assert.True(status.IsOpen);
    }

    [Fact]
    public void SundayNightSpanWrapsIntoMondayMorning()
    {
        var schedule = Weekly(Day(DayOfWeek.Sunday, Span(20, 2)));

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wit, Local(9, 2025, 1, 6, 1));

        Assert.True(status.IsOpen);
        Assert.Equal(DayOfWeek.Monday, status.LocalDate.DayOfWeek);
        Assert.Equal(Local(9, 2025, 1, 6, 2), status.NextClosing);
        Assert.Equal(Local(9, 2025, 1, 12, 20), status.NextOpening);
    }

    [Fact]
    public void SundayEveningLooksAheadToMondayOfTheNextWeek()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, Wib7(2025, 1, 5, 23, 59, 59));

        Assert.Equal(ClosedReasons.NotStaffed, status.ClosedReason);
        Assert.Equal(Wib7(2025, 1, 6, 8), status.NextOpening);
    }

    [Fact]
    public void NewYearsEveAfterHoursSkipsNewYearsDayHoliday()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), [National(new DateOnly(2025, 1, 1), "Tahun Baru 2025 Masehi")], Wib,
            Wib7(2024, 12, 31, 15, 30));

        Assert.False(status.IsOpen);
        Assert.Equal(Wib7(2025, 1, 2, 8), status.NextOpening);
    }

    [Fact]
    public void NewYearsDayHolidayIsClosedFromMidnight()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), [National(new DateOnly(2025, 1, 1), "Tahun Baru 2025 Masehi")], Wib,
            Wib7(2025, 1, 1, 0));

        Assert.Equal(new DateOnly(2025, 1, 1), status.LocalDate);
        Assert.Equal(ClosedReasons.Holiday, status.ClosedReason);
        Assert.Equal("Tahun Baru 2025 Masehi", status.Occasion);
    }

    [Fact]
    public void AroundTheClockScheduleHasNoClosingInSight()
    {
        var days = Enum.GetValues<DayOfWeek>().Select(day => Day(day, Span(0, 24))).ToArray();
        var schedule = new WeeklySchedule(days, [], OpenOnHolidays: true);

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wib, Wib7(2025, 3, 6, 3));

        Assert.True(status.IsOpen);
        Assert.Null(status.NextClosing);
        Assert.Null(status.NextChange);
    }
}
