using FluentValidation;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A counter as a steward states it (<c>PUT /api/v1/mpps/{id}/counters/{counterId}</c>): the agency kind, the
/// name as the source writes it, whether the source names the agency, its status, the services the source
/// ties to it, its own weekly hours (null: the MPP's hours apply), and the citations, which replace the
/// counter's old ones. Ending a counter is a DELETE, not a status here.
/// </summary>
public sealed record CounterInput(
    string? AgencyKind,
    string? StatedName,
    DateBasis? AgencyBasis,
    CounterStatus? Status,
    IReadOnlyList<string>? Services,
    WeeklySchedule? Schedule,
    IReadOnlyList<CitationInput>? Citations)
{
    public Counter ToCounter(string id) => new(
        id,
        AgencyKind!,
        StatedName!,
        AgencyBasis!.Value,
        Status!.Value,
        [.. Services ?? []],
        [.. Citations!.Select(c => new Citation(c.Source, c.Quote))],
        Schedule);
}

/// <summary>The rules of a counter: a slug id, a known agency kind and services, a bounded name, sound hours, citations.</summary>
public sealed class CounterInputValidator : AbstractValidator<CounterInput>
{
    public const int MaxServices = 100;

    public CounterInputValidator(string counterId, IReadOnlyDictionary<string, AgencyKind> agencyKinds, IReadOnlyDictionary<string, Service> services, IReadOnlyDictionary<string, Source> sourcesById)
    {
        RuleFor(_ => counterId).MaximumLength(MppDraft.MaxIdLength)
            .Must(id => MppDraft.Slug().IsMatch(id)).WithMessage("must be lowercase words and digits joined by hyphens, such as e-ktp")
            .OverridePropertyName("counterId");
        RuleFor(c => c.AgencyKind).NotEmpty().WithMessage("is required: an agency kind's id, as in /api/v1/agencies")
            .Must(kind => kind is null || agencyKinds.ContainsKey(kind)).WithMessage(c => $"No agency kind has the id '{c.AgencyKind}' (see /api/v1/agencies).")
            .OverridePropertyName("agencyKind");
        RuleFor(c => c.StatedName).NotEmpty().MaximumLength(200).NotLikeAFormula().OverridePropertyName("statedName");
        RuleFor(c => c.AgencyBasis).NotNull().WithMessage("is required: stated (the source names the agency) or inferred (from a service it names)")
            .OverridePropertyName("agencyBasis");
        RuleFor(c => c.Status).NotNull().WithMessage("is required: serving, joining-later or possible")
            .NotEqual(CounterStatus.Ended).WithMessage("cannot be ended here: end a counter with DELETE, which records when")
            .OverridePropertyName("status");
        RuleFor(c => c.Services!.Count).LessThanOrEqualTo(MaxServices).When(c => c.Services is not null).OverridePropertyName("services");
        RuleForEach(c => c.Services).Must(id => id is not null && services.ContainsKey(id))
            .WithMessage((_, id) => $"No service has the id '{id}' (see /api/v1/services).")
            .OverridePropertyName("services");
        RuleFor(c => c.Services).Must(s => s is null || s.Distinct(StringComparer.Ordinal).Count() == s.Count).WithMessage("lists a service twice")
            .OverridePropertyName("services");
        RuleFor(c => c.Schedule).Custom((schedule, context) =>
        {
            foreach (var problem in ScheduleInputValidator.ProblemsOf(schedule))
            {
                context.AddFailure("schedule", problem);
            }
        });
        RuleFor(c => c.Citations).NotEmpty().WithMessage("Every write cites at least one registered source: [{ \"source\": id, \"quote\": text }].")
            .OverridePropertyName("citations");
        RuleFor(c => c.Citations!.Count).LessThanOrEqualTo(MppPatchValidator.MaxCitations).When(c => c.Citations is not null).OverridePropertyName("citations");
        RuleForEach(c => c.Citations).NotNull().WithMessage("A citation is { \"source\": id, \"quote\": text }, not null.").SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
    }
}

/// <summary>The end of a counter (<c>DELETE /api/v1/mpps/{id}/counters/{counterId}</c>): since when, as a source dates it, and the citations.</summary>
public sealed record CounterEnding(ReportedDate? Ended, IReadOnlyList<CitationInput>? Citations)
{
    /// <summary>The counter ended: its record kept, its status ended, the ending's citations added to its own.</summary>
    public Counter ApplyTo(Counter counter) => counter with
    {
        Status = CounterStatus.Ended,
        Ended = Ended,
        Citations = [.. counter.Citations, .. Citations!.Select(c => new Citation(c.Source, c.Quote, ["ended"]))],
    };
}

/// <summary>The rules of an ending: a date that keeps its precision, with the source's words, and citations.</summary>
public sealed class CounterEndingValidator : AbstractValidator<CounterEnding>
{
    public CounterEndingValidator(IReadOnlyDictionary<string, Source> sourcesById)
    {
        RuleFor(e => e.Ended).NotNull().WithMessage("is required: { value, precision, basis, text }, when the counter stopped serving").OverridePropertyName("ended");
        RuleFor(e => e.Ended!).SetValidator(new ReportedDateValidator()).When(e => e.Ended is not null).OverridePropertyName("ended");
        RuleFor(e => e.Citations).NotEmpty().WithMessage("Every write cites at least one registered source: [{ \"source\": id, \"quote\": text }].")
            .OverridePropertyName("citations");
        RuleFor(e => e.Citations!.Count).LessThanOrEqualTo(MppPatchValidator.MaxCitations).When(e => e.Citations is not null).OverridePropertyName("citations");
        RuleForEach(e => e.Citations).NotNull().WithMessage("A citation is { \"source\": id, \"quote\": text }, not null.").SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
    }
}
