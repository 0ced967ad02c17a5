using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class ScheduleClockWeeklyHoursTests
{
    [Fact]
    public void FridayAfterShortHoursIsClosedUntilMondayMorning()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, Wib7(2025, 3, 7, 11, 30));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.OutsideHours, status.ClosedReason);
        Assert.Null(status.Occasion);
        Assert.Equal(Wib7(2025, 3, 10, 8), status.NextOpening);
        Assert.Equal(Wib7(2025, 3, 10, 15), status.NextClosing);
        Assert.Equal(status.NextOpening, status.NextChange);
    }

    [Fact]
    public void FridayMorningClosesAtEleven()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, Wib7(2025, 3, 7, 10, 59));

        Assert.True(status.IsOpen);
        Assert.Null(status.ClosedReason);
        Assert.Equal(Wib7(2025, 3, 7, 11), status.NextChange);
        Assert.Equal(Wib7(2025, 3, 10, 8), status.NextOpening);
    }

    [Fact]
    public void WeekdayWithoutHoursIsNotStaffed()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, Wib7(2025, 3, 8, 10));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.NotStaffed, status.ClosedReason);
        Assert.Equal(Wib7(2025, 3, 10, 8), status.NextOpening);
    }

    [Fact]
    public void InstantExactlyAtOpeningIsOpen()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, Wib7(2025, 3, 6, 8));

        Assert.True(status.IsOpen);
        Assert.Equal(Wib7(2025, 3, 6, 15), status.NextClosing);
    }

    [Fact]
    public void InstantExactlyAtClosingIsClosed()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, Wib7(2025, 3, 6, 15));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.OutsideHours, status.ClosedReason);
        Assert.Equal(Wib7(2025, 3, 7, 8), status.NextOpening);
        Assert.Equal(Wib7(2025, 3, 7, 11), status.NextClosing);
    }

    [Fact]
    public void LunchBreakBetweenTwoSpansIsClosedUntilTheAfternoonSpan()
    {
        var schedule = Weekly(Day(DayOfWeek.Thursday, Span(13, 16), Span(8, 12)));

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wib, Wib7(2025, 3, 6, 12, 30));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.OutsideHours, status.ClosedReason);
        Assert.Equal(Wib7(2025, 3, 6, 13), status.NextOpening);
        Assert.Equal(Wib7(2025, 3, 6, 16), status.NextClosing);
    }

    [Fact]
    public void BeforeOpeningOnAWorkingDayIsOutsideHours()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, Wib7(2025, 3, 6, 7, 59, 59));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.OutsideHours, status.ClosedReason);
        Assert.Equal(Wib7(2025, 3, 6, 8), status.NextOpening);
    }
}
