using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class ScheduleClockValidityTests
{
    private static readonly WeeklySchedule March2025Only =
        OfficeHours() with { ValidFrom = new DateOnly(2025, 3, 3), ValidThrough = new DateOnly(2025, 3, 31) };

    [Fact]
    public void BeforeValidFromIsClosedUntilTheFirstValidOpening()
    {
        var status = ScheduleClock.StatusAt(March2025Only, NoHolidays, Wib, Wib7(2025, 2, 27, 10));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.OutsideValidity, status.ClosedReason);
        Assert.Equal(Wib7(2025, 3, 3, 8), status.NextOpening);
    }

    [Fact]
    public void LastValidDayClosesWithNoFurtherOpening()
    {
        var status = ScheduleClock.StatusAt(March2025Only, NoHolidays, Wib, Wib7(2025, 3, 31, 10));

        Assert.True(status.IsOpen);
        Assert.Equal(Wib7(2025, 3, 31, 15), status.NextClosing);
        Assert.Null(status.NextOpening);
    }

    [Fact]
    public void AfterValidThroughIsClosedWithNoNextChange()
    {
        var status = ScheduleClock.StatusAt(March2025Only, NoHolidays, Wib, Wib7(2025, 4, 1, 10));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.OutsideValidity, status.ClosedReason);
        Assert.Null(status.NextChange);
        Assert.Null(status.NextClosing);
    }

    [Fact]
    public void ScheduleWithoutSpansIsClosedWithNoNextChange()
    {
        var status = ScheduleClock.StatusAt(new WeeklySchedule([], []), NoHolidays, Wit, Local(9, 2025, 3, 6, 10));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.NotStaffed, status.ClosedReason);
        Assert.Null(status.NextChange);
    }

    [Fact]
    public void OpeningBeyondTheHorizonIsNotReported()
    {
        var schedule = OfficeHours() with { ValidFrom = new DateOnly(2027, 1, 4) };

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wib, Wib7(2025, 3, 6, 10));

        Assert.False(status.IsOpen);
        Assert.Null(status.NextOpening);
    }
}
