using System.Text.Json;
using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class SchemaOrgHoursTests
{
    [Fact]
    public void WeekdaysWithTheSameHoursShareOneSpecificationWithSchemaOrgDayNames()
    {
        var specifications = SchemaOrgHours.Weekly(OfficeHours());

        Assert.Equal(2, specifications.Count);
        Assert.Equal(
            ["https://schema.org/Monday", "https://schema.org/Tuesday", "https://schema.org/Wednesday", "https://schema.org/Thursday"],
            specifications[0].DayOfWeek);
        Assert.Equal(("08:00", "15:00"), (specifications[0].Opens, specifications[0].Closes));
        Assert.Equal(["https://schema.org/Friday"], specifications[1].DayOfWeek);
        Assert.Equal(("08:00", "11:00"), (specifications[1].Opens, specifications[1].Closes));
    }

    [Fact]
    public void EachSpanOfADayIsItsOwnSpecification()
    {
        var specifications = SchemaOrgHours.Weekly(Weekly(Day(DayOfWeek.Monday, Span(13, 16), Span(8, 12))));

        Assert.Equal([("08:00", "12:00"), ("13:00", "16:00")], specifications.Select(s => (s.Opens, s.Closes)));
    }

    [Fact]
    public void MidnightCloseIs2359AndPastMidnightCloseIsEarlierThanOpens()
    {
        var specifications = SchemaOrgHours.Weekly(Weekly(Day(DayOfWeek.Friday, Span(22, 2)), Day(DayOfWeek.Saturday, Span(20, 24))));

        Assert.Equal([("22:00", "02:00"), ("20:00", "23:59")], specifications.Select(s => (s.Opens, s.Closes)));
    }

    [Fact]
    public void WeeklySpecificationsCarryTheValidityRange()
    {
        var schedule = OfficeHours() with { ValidFrom = new DateOnly(2025, 1, 1), ValidThrough = new DateOnly(2025, 12, 31) };

        var specification = SchemaOrgHours.Weekly(schedule)[0];

        Assert.Equal(("2025-01-01", "2025-12-31"), (specification.ValidFrom, specification.ValidThrough));
    }

    [Fact]
    public void ClosedExceptionIsMidnightToMidnightOverItsDates()
    {
        var schedule = OfficeHours(exceptions: Closed(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 11), "Renovasi gedung"));

        var special = Assert.Single(SchemaOrgHours.Special(schedule, NoHolidays, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        Assert.Equal(new OpeningHoursSpecification(null, "00:00", "00:00", "2025-03-10", "2025-03-11", "Renovasi gedung"), special);
    }

    [Fact]
    public void ExceptionWithHoursGivesItsSpansAndReplacesTheHolidayClosure()
    {
        var service = new DatedHours(new DateOnly(2025, 5, 29), new DateOnly(2025, 5, 29), [Span(10, 12)], "Layanan khusus");

        var specials = SchemaOrgHours.Special(OfficeHours(exceptions: service), [Ascension2025], new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31));

        Assert.Equal([new OpeningHoursSpecification(null, "10:00", "12:00", "2025-05-29", "2025-05-29", "Layanan khusus")], specials);
    }

    [Fact]
    public void HolidaysInsideTheWindowBecomeClosedDays()
    {
        var specials = SchemaOrgHours.Special(OfficeHours(), IdulFitri2025, new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 2));

        Assert.Equal(
            [("2025-03-31", "Hari Raya Idul Fitri 1446 H"), ("2025-04-01", "Hari Raya Idul Fitri 1446 H"), ("2025-04-02", "Cuti bersama Idul Fitri 1446 H")],
            specials.Select(s => (s.ValidFrom!, s.Name!)));
        Assert.All(specials, s => Assert.Equal((s.ValidFrom, "00:00", "00:00"), (s.ValidThrough, s.Opens, s.Closes)));
    }

    [Fact]
    public void OpenOnHolidaysGivesNoHolidayClosures() =>
        Assert.Empty(SchemaOrgHours.Special(OfficeHours(openOnHolidays: true), IdulFitri2025, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

    [Fact]
    public void SerialisedSpecificationHasTypeFirstAndLeavesOutEmptyFields()
    {
        var hours = SchemaOrgHours.For(OfficeHours(), [Ascension2025], new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31));

        var json = JsonSerializer.Serialize(hours, DirectoryJson.Options);

        Assert.Equal(
            """{"openingHoursSpecification":[{"@type":"OpeningHoursSpecification","dayOfWeek":["https://schema.org/Monday","https://schema.org/Tuesday","https://schema.org/Wednesday","https://schema.org/Thursday"],"opens":"08:00","closes":"15:00"},"""
            + """{"@type":"OpeningHoursSpecification","dayOfWeek":["https://schema.org/Friday"],"opens":"08:00","closes":"11:00"}],"specialOpeningHoursSpecification":["""
            + """{"@type":"OpeningHoursSpecification","opens":"00:00","closes":"00:00","validFrom":"2025-05-29","validThrough":"2025-05-29","name":"Kenaikan Yesus Kristus"}]}""",
            json);
    }
}
