using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
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
    // Unknown fields are errors; days and enums are the API's kebab-case words.
    private static readonly JsonSerializerOptions Strict = new(DirectoryJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>The input in <paramref name="body"/>, or the error of its shape by JSON path.</summary>
    public static (ScheduleInput? Input, Dictionary<string, string[]> Errors) Parse(JsonNode? body)
    {
        if (body is not JsonObject)
        {
            return (null, new(StringComparer.Ordinal) { ["$"] = ["The body must be a JSON object."] });
        }

        try
        {
            return (body.Deserialize<ScheduleInput>(Strict), new(StringComparer.Ordinal));
        }
        catch (JsonException ex)
        {
            var path = (ex.Path ?? "$").TrimStart('$', '.');
            return (null, new(StringComparer.Ordinal) { [path.Length == 0 ? "$" : path] = [ex.Message.Split(". ", 2)[0].TrimEnd('.') + "."] });
        }
    }

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
        RuleFor(i => i.Schedule!.Exceptions.Count).LessThanOrEqualTo(MaxExceptions).When(i => i.Schedule is not null).OverridePropertyName("schedule.exceptions");
        RuleFor(i => i.Schedule)
            .Must(s => s is null || (s.Days.All(d => d.Spans.Count <= MaxSpans) && s.Exceptions.All(e => e.Spans.Count <= MaxSpans)))
            .WithMessage($"a day or an exception has at most {MaxSpans} spans")
            .OverridePropertyName("schedule");
        RuleFor(i => i.Schedule).Custom((schedule, context) =>
        {
            foreach (var problem in schedule is null ? [] : ScheduleRules.Problems(schedule))
            {
                context.AddFailure("schedule", problem);
            }
        });
        RuleFor(i => i.Note!.Id).NotEmpty().MaximumLength(500).When(i => i.Note is not null).OverridePropertyName("note.id");
        RuleFor(i => i.Note!.En).NotEmpty().MaximumLength(500).When(i => i.Note is not null).OverridePropertyName("note.en");
        RuleFor(i => i.Citations).NotEmpty().WithMessage("Every write cites at least one registered source: [{ \"source\": id, \"quote\": text }].")
            .OverridePropertyName("citations");
        RuleFor(i => i.Citations!.Count).LessThanOrEqualTo(MppPatchValidator.MaxCitations).When(i => i.Citations is not null).OverridePropertyName("citations");
        RuleForEach(i => i.Citations).SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
    }
}
