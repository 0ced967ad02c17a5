using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Tests.Schedules;

/// <summary>Schedules, holidays and local instants shared by the schedule tests.</summary>
internal static class ScheduleFixtures
{
    public static readonly TimeZoneInfo Wib = IndonesianTimeZone.Wib.TimeZone;
    public static readonly TimeZoneInfo Wita = IndonesianTimeZone.Wita.TimeZone;
    public static readonly TimeZoneInfo Wit = IndonesianTimeZone.Wit.TimeZone;

    public static readonly Holiday[] NoHolidays = [];

    /// <summary>Mo-Th 08:00-15:00, Fr 08:00-11:00, weekend not staffed.</summary>
    public static WeeklySchedule OfficeHours(bool openOnHolidays = false, params DatedHours[] exceptions) =>
        new(
            [
                Day(DayOfWeek.Monday, Span(8, 15)),
                Day(DayOfWeek.Tuesday, Span(8, 15)),
                Day(DayOfWeek.Wednesday, Span(8, 15)),
                Day(DayOfWeek.Thursday, Span(8, 15)),
                Day(DayOfWeek.Friday, Span(8, 11)),
            ],
            exceptions,
            OpenOnHolidays: openOnHolidays);

    public static WeeklySchedule Weekly(params DayHours[] days) => new(days, []);

    public static DayHours Day(DayOfWeek day, params OpeningSpan[] spans) => new(day, spans);

    public static OpeningSpan Span(int opensHour, int closesHour) => new(new TimeOnly(opensHour, 0), new TimeOnly(closesHour % 24, 0));

    public static DatedHours Closed(DateOnly from, DateOnly through, string reason) => new(from, through, [], reason);

    public static Holiday National(DateOnly date, string name) => new(date, name, HolidayKind.LiburNasional, "SKB 3 Menteri 2025");

    public static Holiday Collective(DateOnly date, string name) => new(date, name, HolidayKind.CutiBersama, "SKB 3 Menteri 2025");

    /// <summary>Idul Fitri 1446 H: Fri 28 Mar cuti bersama, Mon 31 Mar and Tue 1 Apr holidays, 2-7 Apr cuti bersama.</summary>
    public static readonly Holiday[] IdulFitri2025 =
    [
        Collective(new DateOnly(2025, 3, 28), "Cuti bersama Hari Suci Nyepi"),
        National(new DateOnly(2025, 3, 31), "Hari Raya Idul Fitri 1446 H"),
        National(new DateOnly(2025, 4, 1), "Hari Raya Idul Fitri 1446 H"),
        Collective(new DateOnly(2025, 4, 2), "Cuti bersama Idul Fitri 1446 H"),
        Collective(new DateOnly(2025, 4, 3), "Cuti bersama Idul Fitri 1446 H"),
        Collective(new DateOnly(2025, 4, 4), "Cuti bersama Idul Fitri 1446 H"),
        Collective(new DateOnly(2025, 4, 7), "Cuti bersama Idul Fitri 1446 H"),
    ];

    public static readonly Holiday Ascension2025 = National(new DateOnly(2025, 5, 29), "Kenaikan Yesus Kristus");

    /// <summary>A wall-clock time in a zone with a fixed offset, as an instant.</summary>
    public static DateTimeOffset Local(int offsetHours, int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(offsetHours));

    public static DateTimeOffset Wib7(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        Local(7, year, month, day, hour, minute, second);
}
