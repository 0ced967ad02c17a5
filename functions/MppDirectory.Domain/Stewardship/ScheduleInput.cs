using FluentValidation;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// An MPP's opening hours as a steward states them (<c>PUT /api/v1/mpps/{id}/schedule</c>): the weekly
/// hours with their exceptions and validity (null: no hours are known after all), an optional note in
/// Indonesian and English, and the citations that state them, which replace the old hours' citations.
/// </summary>
public sealed record ScheduleInput(WeeklySchedule? Schedule, LocalizedText? Note, IReadOnlyList<CitationInput>? Citations)
{
    public HoursStatement ToHours() =>
        new(Note, [.. Citations!.Select(c => new Citation(c.Source, c.Quote, ["hours"]))], Schedule);
}

/// <summary>The rules of stated hours: a sound schedule (no overlaps, no reversed ranges), a bounded note, citations.</summary>
public sealed class ScheduleInputValidator : AbstractValidator<ScheduleInput>
{
    public const int MaxSpans = 10;
    public const int MaxExceptions = 100;

    public ScheduleInputValidator(IReadOnlyDictionary<string, Source> sourcesById)
    {
        RuleFor(i => i.Schedule).Custom((schedule, context) =>
        {
            foreach (var problem in ProblemsOf(schedule))
            {
                context.AddFailure("schedule", problem);
            }
        });
        RuleFor(i => i.Note!.Id).NotEmpty().MaximumLength(500).NotLikeAFormula().When(i => i.Note is not null).OverridePropertyName("note.id");
        RuleFor(i => i.Note!.En).NotEmpty().MaximumLength(500).NotLikeAFormula().When(i => i.Note is not null).OverridePropertyName("note.en");
        RuleFor(i => i.Citations).NotEmpty().WithMessage("Every write cites at least one registered source: [{ \"source\": id, \"quote\": text }].")
            .OverridePropertyName("citations");
        RuleFor(i => i.Citations!.Count).LessThanOrEqualTo(MppPatchValidator.MaxCitations).When(i => i.Citations is not null).OverridePropertyName("citations");
        RuleForEach(i => i.Citations).NotNull().WithMessage("A citation is { \"source\": id, \"quote\": text }, not null.").SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
    }

    /// <summary>What is wrong with stated hours, the same for an MPP's and a counter's: too many spans or exceptions, overlaps, reversed ranges.</summary>
    public static IEnumerable<string> ProblemsOf(WeeklySchedule? schedule)
    {
        if (schedule is null)
        {
            yield break;
        }

        if (schedule.Days.Any(d => d is null || d.Spans is null || d.Spans.Any(s => s is null))
            || schedule.Exceptions.Any(e => e is null || e.Spans is null || e.Spans.Any(s => s is null)))
        {
            yield return "a day, an exception or a span is null";
            yield break; // the other rules read every one of them
        }

        if (schedule.Exceptions.Any(e => FormulaText.StartsLikeFormula(e.Reason)))
        {
            yield return "an exception's reason " + FormulaText.Refusal;
        }

        if (schedule.Exceptions.Count > MaxExceptions)
        {
            yield return $"has at most {MaxExceptions} exceptions";
        }

        if (schedule.Days.Any(d => d.Spans.Count > MaxSpans) || schedule.Exceptions.Any(e => e.Spans.Count > MaxSpans))
        {
            yield return $"a day or an exception has at most {MaxSpans} spans";
        }

        foreach (var problem in ScheduleRules.Problems(schedule))
        {
            yield return problem;
        }
    }
}
