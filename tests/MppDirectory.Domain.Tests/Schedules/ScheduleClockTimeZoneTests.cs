using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class ScheduleClockTimeZoneTests
{
    public static TheoryData<string, bool> AfternoonInEachZone => new()
    {
        // Thursday 6 Mar 2025 07:30 UTC is 14:30 WIB, 15:30 WITA and 16:30 WIT.
        { "Asia/Jakarta", true },
        { "Asia/Makassar", false },
        { "Asia/Jayapura", false },
    };

    public static TheoryData<string, bool> MorningInEachZone => new()
    {
        // Thursday 6 Mar 2025 00:30 UTC is 07:30 WIB, 08:30 WITA and 09:30 WIT.
        { "Asia/Jakarta", false },
        { "Asia/Makassar", true },
        { "Asia/Jayapura", true },
    };

    [Theory]
    [MemberData(nameof(AfternoonInEachZone))]
    public void SameUtcAfternoonIsOpenOnlyWhereItIsStillBeforeThreeLocal(string zoneId, bool expectedOpen)
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, TimeZoneInfo.FindSystemTimeZoneById(zoneId),
            new DateTimeOffset(2025, 3, 6, 7, 30, 0, TimeSpan.Zero));

        Assert.Equal(expectedOpen, status.IsOpen);
    }

    [Theory]
    [MemberData(nameof(MorningInEachZone))]
    public void SameUtcMorningIsClosedInTheWestBeforeEightLocal(string zoneId, bool expectedOpen)
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, TimeZoneInfo.FindSystemTimeZoneById(zoneId),
            new DateTimeOffset(2025, 3, 6, 0, 30, 0, TimeSpan.Zero));

        Assert.Equal(expectedOpen, status.IsOpen);
    }

    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Pontianak", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    public void NextClosingIsThreeLocalWithTheZoneOffset(string zoneId, int offsetHours)
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, TimeZoneInfo.FindSystemTimeZoneById(zoneId),
            Local(offsetHours, 2025, 3, 6, 10));

        Assert.True(status.IsOpen);
        Assert.Equal(Local(offsetHours, 2025, 3, 6, 15), status.NextChange);
        Assert.Equal(TimeSpan.FromHours(offsetHours), status.NextChange!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(offsetHours), status.NextOpening!.Value.Offset);
    }

    [Fact]
    public void NextOpeningIsExpressedInWitaEvenWhenAskedInUtc()
    {
        var status = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wita, new DateTimeOffset(2025, 3, 6, 8, 0, 0, TimeSpan.Zero));

        Assert.False(status.IsOpen);
        Assert.Equal("2025-03-07T08:00:00+08:00", status.NextOpening!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LocalDateAndTimeFollowTheZoneAcrossMidnight()
    {
        var instant = new DateTimeOffset(2025, 3, 6, 20, 30, 0, TimeSpan.Zero);

        var inJakarta = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wib, instant);
        var inJayapura = ScheduleClock.StatusAt(OfficeHours(), NoHolidays, Wit, instant);

        Assert.Equal((new DateOnly(2025, 3, 7), new TimeOnly(3, 30)), (inJakarta.LocalDate, inJakarta.LocalTime));
        Assert.Equal((new DateOnly(2025, 3, 7), new TimeOnly(5, 30)), (inJayapura.LocalDate, inJayapura.LocalTime));
    }
}
