namespace MppDirectory.Domain.Schedules;

/// <summary>
/// The spans that open on one local date, with what decided them: a closed reason and occasion,
/// or a null reason for an ordinary working day.
/// </summary>
internal sealed record DayPlan(IReadOnlyList<OpeningSpan> Spans, string? Reason, string? Occasion);
