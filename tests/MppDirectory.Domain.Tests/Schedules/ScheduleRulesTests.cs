using MppDirectory.Domain.Schedules;
using static MppDirectory.Domain.Tests.Schedules.ScheduleFixtures;

namespace MppDirectory.Domain.Tests.Schedules;

public sealed class ScheduleRulesTests
{
    [Fact]
    public void SoundScheduleHasNoProblems() =>
        Assert.Empty(ScheduleRules.Problems(OfficeHours(exceptions: Closed(new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 7), "Idul Fitri"))));

    [Fact]
    public void WholeDayAndPastMidnightSpansAreSound() =>
        Assert.Empty(ScheduleRules.Problems(Weekly(Day(DayOfWeek.Sunday, Span(0, 24)), Day(DayOfWeek.Friday, Span(8, 11), Span(22, 2)))));

    [Fact]
    public void RepeatedWeekdayIsReported() =>
        Assert.Equal(
            ["Monday is listed 2 times"],
            ScheduleRules.Problems(Weekly(Day(DayOfWeek.Monday, Span(8, 12)), Day(DayOfWeek.Monday, Span(13, 15)))));

    [Fact]
    public void SpanOpeningAndClosingAtTheSameTimeIsReported() =>
        Assert.Equal(
            ["Tuesday: 08:00-08:00 opens and closes at the same time (write 00:00-00:00 for a whole day)"],
            ScheduleRules.Problems(Weekly(Day(DayOfWeek.Tuesday, Span(8, 8)))));

    [Fact]
    public void OverlappingSpansOnADayAreReported() =>
        Assert.Equal(
            ["Wednesday: 08:00-12:00 overlaps 11:00-15:00"],
            ScheduleRules.Problems(Weekly(Day(DayOfWeek.Wednesday, Span(11, 15), Span(8, 12)))));

    [Fact]
    public void PastMidnightSpanOverlappingALaterSpanIsReported() =>
        Assert.Equal(
            ["Friday: 22:00-02:00 overlaps 23:00-23:30"],
            ScheduleRules.Problems(Weekly(Day(DayOfWeek.Friday, Span(22, 2), new OpeningSpan(new TimeOnly(23, 0), new TimeOnly(23, 30))))));

    [Fact]
    public void TouchingSpansDoNotOverlap() =>
        Assert.Empty(ScheduleRules.Problems(Weekly(Day(DayOfWeek.Monday, Span(8, 12), Span(12, 15)))));

    [Fact]
    public void ReversedExceptionRangeIsReported() =>
        Assert.Equal(
            ["exception \"Renovasi\" range is reversed: 2025-03-12 is after 2025-03-10"],
            ScheduleRules.Problems(OfficeHours(exceptions: Closed(new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 10), "Renovasi"))));

    [Fact]
    public void OverlappingSpansInAnExceptionAreReported()
    {
        var exception = new DatedHours(new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3), [Span(8, 12), Span(9, 10)], "Jam khusus");

        Assert.Equal(["exception \"Jam khusus\": 08:00-12:00 overlaps 09:00-10:00"], ScheduleRules.Problems(OfficeHours(exceptions: exception)));
    }

    [Fact]
    public void OverlappingExceptionsAreReported() =>
        Assert.Equal(
            ["exception \"Renovasi\" overlaps exception \"Idul Fitri\""],
            ScheduleRules.Problems(OfficeHours(exceptions:
            [
                Closed(new DateOnly(2025, 3, 25), new DateOnly(2025, 3, 31), "Renovasi"),
                Closed(new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 7), "Idul Fitri"),
            ])));

    [Fact]
    public void ReversedValidityRangeIsReported() =>
        Assert.Equal(
            ["validity range is reversed: 2025-12-31 is after 2025-01-01"],
            ScheduleRules.Problems(OfficeHours() with { ValidFrom = new DateOnly(2025, 12, 31), ValidThrough = new DateOnly(2025, 1, 1) }));
}
