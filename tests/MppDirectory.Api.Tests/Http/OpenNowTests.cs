using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

/// <summary>Open now and the next change, computed in each MPP's own time zone, against fixture hours.</summary>
public sealed class OpenNowTests(FixtureApiFixture api) : IClassFixture<FixtureApiFixture>
{
    // Monday 23 November 2026 07:30 UTC: 14:30 WIB, 15:30 WITA, 16:30 WIT.
    private static readonly DateTimeOffset MondayAfternoon = new(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);

    private async Task<JsonElement> HoursAsync(string mpp, DateTimeOffset now)
    {
        api.Clock.Now = now;
        return (await api.Client.GetJsonAsync($"/api/v1/mpps/{mpp}/schedule")).GetProperty("hours");
    }

    [Fact]
    public async Task SameInstantIsOpenInWibAndWitaButClosedInWit()
    {
        api.Clock.Now = MondayAfternoon;

        var open = await api.Client.GetJsonAsync("/api/v1/mpps?open_now=true");
        var closed = await api.Client.GetJsonAsync("/api/v1/mpps?open_now=false");

        Assert.Equal(["fixture-bandung", "fixture-denpasar"], open.ItemIds());
        Assert.Equal(["fixture-jayapura"], closed.ItemIds());
    }

    [Fact]
    public async Task ClosedMppNamesItsNextOpeningInItsOwnOffset()
    {
        var hours = await HoursAsync("fixture-jayapura", MondayAfternoon);

        Assert.False(hours.GetProperty("status").GetProperty("isOpen").GetBoolean());
        Assert.Equal("outside-hours", hours.GetProperty("status").GetProperty("closedReason").GetString());
        Assert.Equal("2026-11-24T07:30:00+09:00", hours.GetProperty("status").GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task OpenMppNamesItsNextClosing()
    {
        var hours = await HoursAsync("fixture-denpasar", MondayAfternoon);

        Assert.True(hours.GetProperty("status").GetProperty("isOpen").GetBoolean());
        Assert.Equal("2026-11-23T16:00:00+08:00", hours.GetProperty("status").GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task FridayAfterShortHoursIsClosedUntilMonday()
    {
        var hours = await HoursAsync("fixture-bandung", new DateTimeOffset(2026, 11, 27, 4, 30, 0, TimeSpan.Zero)); // Fri 11:30 WIB

        Assert.False(hours.GetProperty("status").GetProperty("isOpen").GetBoolean());
        Assert.Equal("2026-11-30T08:00:00+07:00", hours.GetProperty("status").GetProperty("nextChange").GetString());
        Assert.Equal("Mo-Th 08:00-15:00; Fr 08:00-11:00; PH off", hours.GetProperty("openingHours").GetString());
    }

    [Fact]
    public async Task CutiBersamaClosesAWorkingDayAndTheNextOpeningSkipsTheHoliday()
    {
        var hours = await HoursAsync("fixture-bandung", new DateTimeOffset(2026, 12, 24, 2, 0, 0, TimeSpan.Zero)); // Thu 09:00 WIB
        var status = hours.GetProperty("status");

        Assert.False(status.GetProperty("isOpen").GetBoolean());
        Assert.Equal("holiday", status.GetProperty("closedReason").GetString());
        Assert.Equal("Cuti bersama Natal", status.GetProperty("occasion").GetString());
        Assert.Equal("2026-12-28T08:00:00+07:00", status.GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task NationalHolidayInWitaOpensAgainOnSaturdayMorning()
    {
        var hours = await HoursAsync("fixture-denpasar", new DateTimeOffset(2026, 12, 25, 1, 0, 0, TimeSpan.Zero)); // Fri 09:00 WITA

        Assert.Equal("holiday", hours.GetProperty("status").GetProperty("closedReason").GetString());
        Assert.Equal("2026-12-26T08:00:00+08:00", hours.GetProperty("status").GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task ClosedDayInWitAndNewYearHolidayPushTheNextOpeningToJanuary()
    {
        var hours = await HoursAsync("fixture-jayapura", new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero)); // Thu 09:00 WIT

        Assert.Equal("exception", hours.GetProperty("status").GetProperty("closedReason").GetString());
        Assert.Equal("2027-01-04T07:30:00+09:00", hours.GetProperty("status").GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task CounterOpenPastMidnightClosesAtTwoLocal()
    {
        api.Clock.Now = new DateTimeOffset(2026, 11, 23, 16, 30, 0, TimeSpan.Zero); // Tue 01:30 WIT

        var schedule = await api.Client.GetJsonAsync("/api/v1/mpps/fixture-jayapura/schedule");
        var counter = schedule.GetProperty("counters").EnumerateArray().Single(c => c.GetProperty("counterId").GetString() == "polres-malam");
        var status = counter.GetProperty("hours").GetProperty("status");

        Assert.True(status.GetProperty("isOpen").GetBoolean());
        Assert.Equal("2026-11-24T02:00:00+09:00", status.GetProperty("nextChange").GetString());
        Assert.False(schedule.GetProperty("hours").GetProperty("status").GetProperty("isOpen").GetBoolean());
    }

    [Fact]
    public async Task CounterWithoutOwnHoursInheritsTheMppHours()
    {
        api.Clock.Now = MondayAfternoon;

        var counters = (await api.Client.GetJsonAsync("/api/v1/mpps/fixture-bandung/counters")).GetProperty("items");
        var dukcapil = counters.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "disdukcapil").GetProperty("hours");
        var imigrasi = counters.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "imigrasi").GetProperty("hours");

        Assert.Equal("inherited-from-mpp", dukcapil.GetProperty("basis").GetString());
        Assert.True(dukcapil.GetProperty("status").GetProperty("isOpen").GetBoolean());
        Assert.Equal("stated", imigrasi.GetProperty("basis").GetString());
        Assert.Equal("not-staffed", imigrasi.GetProperty("status").GetProperty("closedReason").GetString());
        Assert.Equal("2026-11-24T09:00:00+07:00", imigrasi.GetProperty("status").GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task UnknownHoursAreNeverInventedAndLeaveOpenNowEmpty()
    {
        var hours = await HoursAsync("fixture-no-hours", MondayAfternoon);
        var listed = (await api.Client.GetJsonAsync("/api/v1/mpps?q=tanpa%20jadwal")).GetProperty("items")[0];

        Assert.False(hours.GetProperty("known").GetBoolean());
        Assert.Equal("unknown", hours.GetProperty("basis").GetString());
        foreach (var field in new[] { "weekly", "openingHours", "schemaOrg", "status" })
        {
            Assert.Equal(JsonValueKind.Null, hours.GetProperty(field).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, listed.GetProperty("openNow").ValueKind);
    }

    [Fact]
    public async Task SchemaOrgHoursListWeekdaysAndUpcomingHolidays()
    {
        var hours = await HoursAsync("fixture-bandung", new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var schemaOrg = hours.GetProperty("schemaOrg");

        var friday = schemaOrg.GetProperty("openingHoursSpecification").EnumerateArray()
            .Single(s => s.GetProperty("dayOfWeek").EnumerateArray().Any(d => d.GetString() == "https://schema.org/Friday"));
        Assert.Equal("OpeningHoursSpecification", friday.GetProperty("@type").GetString());
        Assert.Equal("11:00", friday.GetProperty("closes").GetString());
        Assert.Contains(
            schemaOrg.GetProperty("specialOpeningHoursSpecification").EnumerateArray(),
            s => s.GetProperty("validFrom").GetString() == "2026-12-25" && s.GetProperty("opens").GetString() == "00:00");
    }
}
