using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
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
    // Unknown fields are errors, enums are the API's kebab-case words.
    private static readonly JsonSerializerOptions Strict = new(DirectoryJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>The input in <paramref name="body"/>, or the error of its shape by JSON path.</summary>
    public static (ObservationInput? Input, Dictionary<string, string[]> Errors) Parse(JsonNode? body)
    {
        if (body is not JsonObject)
        {
            return (null, new(StringComparer.Ordinal) { ["$"] = ["The body must be a JSON object."] });
        }

        try
        {
            return (body.Deserialize<ObservationInput>(Strict), new(StringComparer.Ordinal));
        }
        catch (JsonException ex)
        {
            var path = (ex.Path ?? "$").TrimStart('$', '.');
            return (null, new(StringComparer.Ordinal) { [path.Length == 0 ? "$" : path] = [FirstSentence(ex.Message)] });
        }
    }

    public Observation ToObservation() =>
        new(Metric!.Value, Value!.Value, Qualifier!, ObservedOn!, new Citation(Citations![0].Source, Citations[0].Quote));

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.') + ".";
}

/// <summary>The rules of a reported count: a metric, a value, a qualifier, a date that keeps its precision, citations.</summary>
public sealed class ObservationInputValidator : AbstractValidator<ObservationInput>
{
    public ObservationInputValidator(IReadOnlyDictionary<string, Source> sourcesById)
    {
        RuleFor(o => o.Metric).NotNull().WithMessage($"is required: one of {string.Join(", ", EnumNames.All<ObservationMetric>())}").OverridePropertyName("metric");
        RuleFor(o => o.Value).NotNull().InclusiveBetween(0, 100_000_000).OverridePropertyName("value");
        RuleFor(o => o.Qualifier).NotEmpty().MaximumLength(100).OverridePropertyName("qualifier");
        RuleFor(o => o.ObservedOn).NotNull().WithMessage("is required: { value, precision, basis, text }").OverridePropertyName("observedOn");
        RuleFor(o => o.ObservedOn!.Text).NotEmpty().MaximumLength(200).When(o => o.ObservedOn is not null).OverridePropertyName("observedOn.text");
        RuleFor(o => o.ObservedOn!.Value).Must((o, value) => KeepsItsPrecision(value, o.ObservedOn!.Precision))
            .When(o => o.ObservedOn is not null)
            .WithMessage(o => $"must be a date of its precision ({EnumNames.Of(o.ObservedOn!.Precision)}): 2024-09-20 for a day, 2024-09 for a month, 2024 for a year, null when unknown")
            .OverridePropertyName("observedOn.value");
        RuleFor(o => o.Citations).NotEmpty().WithMessage("Every write cites at least one registered source: [{ \"source\": id, \"quote\": text }].")
            .OverridePropertyName("citations");
        RuleFor(o => o.Citations!.Count).LessThanOrEqualTo(MppPatchValidator.MaxCitations).When(o => o.Citations is not null).OverridePropertyName("citations");
        RuleForEach(o => o.Citations).SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
    }

    private static bool KeepsItsPrecision(string? value, DatePrecision precision) => precision switch
    {
        DatePrecision.Unknown => value is null,
        DatePrecision.Year => value is { Length: 4 } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        DatePrecision.Month => value is { Length: 7 } && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        DatePrecision.Day => value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };
}
