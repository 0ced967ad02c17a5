using System.Globalization;

namespace MppDirectory.Domain.Schedules;

/// <summary>
/// Checks a schedule for data errors before it is stored or seeded. Each problem is a readable
/// sentence; an empty list means the schedule is sound.
/// </summary>
public static class ScheduleRules
{
    public static IReadOnlyList<string> Problems(WeeklySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var problems = new List<string>();
        if (schedule.ValidFrom > schedule.ValidThrough)
        {
            problems.Add($"validity range is reversed: {IsoDate(schedule.ValidFrom!.Value)} is after {IsoDate(schedule.ValidThrough!.Value)}");
        }

        foreach (var repeated in schedule.Days.GroupBy(d => d.Day).Where(g => g.Count() > 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{repeated.Key} is listed {repeated.Count()} times"));
        }

        foreach (var day in schedule.Days)
        {
            problems.AddRange(SpanProblems(day.Day.ToString(), day.Spans));
        }

        foreach (var exception in schedule.Exceptions)
        {
            var label = $"exception \"{exception.Reason}\"";
            if (exception.From > exception.Through)
            {
                problems.Add($"{label} range is reversed: {IsoDate(exception.From)} is after {IsoDate(exception.Through)}");
            }

            problems.AddRange(SpanProblems(label, exception.Spans));
        }

        problems.AddRange(OverlappingExceptions(schedule.Exceptions));
        return problems;
    }

    private static IEnumerable<string> SpanProblems(string label, IReadOnlyList<OpeningSpan> spans)
    {
        // 00:00-00:00 is the explicit whole day; any other equal pair is almost surely a typo.
        foreach (var span in spans.Where(s => s.Opens == s.Closes && s.Opens != TimeOnly.MinValue))
        {
            yield return $"{label}: {Text(span)} opens and closes at the same time (write 00:00-00:00 for a whole day)";
        }

        var ordered = spans.OrderBy(OpeningSpanExtent.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var earlier = ordered.Take(i).FirstOrDefault(s => OpeningSpanExtent.End(s) > OpeningSpanExtent.Start(ordered[i]));
            if (earlier is not null)
            {
                yield return $"{label}: {Text(earlier)} overlaps {Text(ordered[i])}";
            }
        }
    }

    // Overlapping exceptions leave the winner to list order, which is easy to get wrong.
    private static IEnumerable<string> OverlappingExceptions(IReadOnlyList<DatedHours> exceptions)
    {
        for (var i = 0; i < exceptions.Count; i++)
        {
            for (var j = i + 1; j < exceptions.Count; j++)
            {
                if (exceptions[i].From <= exceptions[j].Through && exceptions[j].From <= exceptions[i].Through)
                {
                    yield return $"exception \"{exceptions[i].Reason}\" overlaps exception \"{exceptions[j].Reason}\"";
                }
            }
        }
    }

    private static string Text(OpeningSpan span) =>
        $"{span.Opens.ToString("HH:mm", CultureInfo.InvariantCulture)}-{span.Closes.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
