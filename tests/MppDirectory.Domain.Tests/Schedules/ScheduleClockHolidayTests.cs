using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class ScheduleClockHolidayTests
{
    [Fact]
    public void NationalHolidayClosesTheDayAndNamesIt()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), [Ascension2025], Wib, Wib7(2025, 5, 29, 10));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.Holiday, status.ClosedReason);
        Assert.Equal("Kenaikan Yesus Kristus", status.Occasion);
        Assert.Equal(Wib7(2025, 5, 30, 8), status.NextOpening);
    }

    [Fact]
    public void NextOpeningSkipsTheHoliday()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), [Ascension2025], Wib, Wib7(2025, 5, 28, 16));

        Assert.Equal(Wib7(2025, 5, 30, 8), status.NextOpening);
        Assert.Equal(Wib7(2025, 5, 30, 11), status.NextClosing);
    }

    [Fact]
    public void CutiBersamaRunKeepsItClosedUntilAfterTheLastLeaveDay()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), IdulFitri2025, Wib, Wib7(2025, 3, 27, 15, 30));

        Assert.False(status.IsOpen);
        Assert.Equal(Wib7(2025, 4, 8, 8), status.NextOpening);
    }

    [Fact]
    public void CutiBersamaDayIsReportedAsHoliday()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), IdulFitri2025, Wib, Wib7(2025, 4, 3, 9));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.Holiday, status.ClosedReason);
        Assert.Equal("Cuti bersama Idul Fitri 1446 H", status.Occasion);
    }

    [Fact]
    public void OpenOnHolidaysKeepsTheWeeklyHours()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(openOnHolidays: true), [Ascension2025], Wib, Wib7(2025, 5, 29, 10));

        Assert.True(status.IsOpen);
        Assert.Equal(Wib7(2025, 5, 29, 15), status.NextClosing);
    }

    [Fact]
    public void ExceptionWithSpecialHoursWinsOverTheHoliday()
    {
        var service = new DatedHours(new DateOnly(2025, 5, 29), new DateOnly(2025, 5, 29), [Span(10, 12)], "Layanan paspor akhir pekan");
        var schedule = OfficeHours(exceptions: service);

        var during = ScheduleClock.StatusAt(schedule, [Ascension2025], Wib, Wib7(2025, 5, 29, 10, 30));
        var after = ScheduleClock.StatusAt(schedule, [Ascension2025], Wib, Wib7(2025, 5, 29, 12, 30));

        Assert.True(during.IsOpen);
        Assert.Equal(Wib7(2025, 5, 29, 12), during.NextClosing);
        Assert.False(after.IsOpen);
        Assert.Equal(ClosedReasons.Exception, after.ClosedReason);
        Assert.Equal("Layanan paspor akhir pekan", after.Occasion);
        Assert.Equal(Wib7(2025, 5, 30, 8), after.NextOpening);
    }

    [Fact]
    public void ClosedExceptionClosesAWorkingDayAndNamesTheReason()
    {
        var schedule = OfficeHours(exceptions: Closed(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 11), "Renovasi gedung"));

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wib, Wib7(2025, 3, 10, 9));

        Assert.False(status.IsOpen);
        Assert.Equal(ClosedReasons.Exception, status.ClosedReason);
        Assert.Equal("Renovasi gedung", status.Occasion);
        Assert.Equal(Wib7(2025, 3, 12, 8), status.NextOpening);
    }

    [Fact]
    public void LaterExceptionWinsWhereExceptionsOverlap()
    {
        var schedule = OfficeHours(exceptions:
        [
            Closed(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 14), "Renovasi gedung"),
            new DatedHours(new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 12), [Span(9, 12)], "Pelayanan darurat"),
        ]);

        var status = ScheduleClock.StatusAt(schedule, NoHolidays, Wib, Wib7(2025, 3, 10, 9));

        Assert.Equal(Wib7(2025, 3, 12, 9), status.NextOpening);
        Assert.Equal(Wib7(2025, 3, 12, 12), status.NextClosing);
    }
}
