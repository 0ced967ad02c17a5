using System.Globalization;
using FluentValidation;

namespace MppDirectory.Api.Http.Validation;

/// <summary>Rules for query values that arrive as text.</summary>
public static class QueryRules
{
    public static IRuleBuilderOptions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.Must(value => value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max))
            .WithMessage($"must be a whole number from {min} to {max}");
}
