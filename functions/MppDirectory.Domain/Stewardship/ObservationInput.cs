using FluentValidation;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A count a source reports on a date (<c>POST /api/v1/mpps/{id}/observations</c>): the metric, the value,
/// the qualifier (reported, planned ...), the date with its precision and the source's own words, and
/// the citations, the first of which the observation keeps as its own.
/// </summary>
public sealed record ObservationInput(
    ObservationMetric? Metric,
    long? Value,
    string? Qualifier,
    ReportedDate? ObservedOn,
    IReadOnlyList<CitationInput>? Citations)
{
    public Observation ToObservation() =>
        new(Metric!.Value, Value!.Value, Qualifier!, ObservedOn!, new Citation(Citations![0].Source, Citations[0].Quote));
}

/// <summary>The rules of a reported count: a metric, a value, a qualifier, a date that keeps its precision, citations.</summary>
public sealed class ObservationInputValidator : AbstractValidator<ObservationInput>
{
    public ObservationInputValidator(IReadOnlyDictionary<string, Source> sourcesById)
    {
        RuleFor(o => o.Metric).NotNull().WithMessage($"is required: one of {string.Join(", ", EnumNames.All<ObservationMetric>())}").OverridePropertyName("metric");
        RuleFor(o => o.Value).NotNull().InclusiveBetween(0, 100_000_000).OverridePropertyName("value");
        RuleFor(o => o.Qualifier).NotEmpty().MaximumLength(100).NotLikeAFormula().OverridePropertyName("qualifier");
        RuleFor(o => o.ObservedOn).NotNull().WithMessage("is required: { value, precision, basis, text }").OverridePropertyName("observedOn");
        RuleFor(o => o.ObservedOn!).SetValidator(new ReportedDateValidator()).When(o => o.ObservedOn is not null).OverridePropertyName("observedOn");
        RuleFor(o => o.Citations).NotEmpty().WithMessage("Every write cites at least one registered source: [{ \"source\": id, \"quote\": text }].")
            .OverridePropertyName("citations");
        RuleFor(o => o.Citations!.Count).LessThanOrEqualTo(MppPatchValidator.MaxCitations).When(o => o.Citations is not null).OverridePropertyName("citations");
        RuleForEach(o => o.Citations).NotNull().WithMessage("A citation is { \"source\": id, \"quote\": text }, not null.").SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
    }
}
