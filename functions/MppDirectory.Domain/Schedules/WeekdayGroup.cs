namespace MppDirectory.Domain.Schedules;

/// <summary>Weekdays (Monday first) that share exactly the same spans, sorted by opening time.</summary>
internal sealed record WeekdayGroup(IReadOnlyList<DayOfWeek> Days, IReadOnlyList<OpeningSpan> Spans)
{
    private static readonly IReadOnlyList<DayOfWeek> MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>The staffed weekdays grouped by identical hours, groups ordered by their first day.</summary>
    public static IReadOnlyList<WeekdayGroup> Of(WeeklySchedule schedule)
    {
        var groups = new List<WeekdayGroup>();
        foreach (var day in MondayFirst)
        {
            // As in DayPlanner, the first entry of a repeated weekday counts.
            var spans = schedule.Days.FirstOrDefault(d => d.Day == day)?.Spans.OrderBy(s => s.Opens).ToList();
            if (spans is null || spans.Count == 0)
            {
                continue;
            }

            var index = groups.FindIndex(g => g.Spans.SequenceEqual(spans));
            if (index < 0)
            {
                groups.Add(new WeekdayGroup([day], spans));
            }
            else
            {
                groups[index] = groups[index] with { Days = [.. groups[index].Days, day] };
            }
        }

        return groups;
    }
}
