using System.Globalization;
using FluentValidation;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Stewardship;

/// <summary>The rules of a date as a source gives it, the same wherever a write carries one: its value keeps its precision, and the source's words are there.</summary>
public sealed class ReportedDateValidator : AbstractValidator<ReportedDate>
{
    public const int MaxTextLength = 200;

    public ReportedDateValidator()
    {
        RuleFor(d => d.Text).NotEmpty().MaximumLength(MaxTextLength).NotLikeAFormula().OverridePropertyName("text");
        RuleFor(d => d.Value).Must((d, value) => KeepsItsPrecision(value, d.Precision))
            .WithMessage(d => $"must be a date of its precision ({EnumNames.Of(d.Precision)}): 2024-09-20 for a day, 2024-09 for a month, 2024 for a year, null when unknown")
            .OverridePropertyName("value");
    }

    public static bool KeepsItsPrecision(string? value, DatePrecision precision) => precision switch
    {
        DatePrecision.Unknown => value is null,
        DatePrecision.Year => value is { Length: 4 } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        DatePrecision.Month => value is { Length: 7 } && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        DatePrecision.Day => value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };
}
