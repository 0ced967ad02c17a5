using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Validation;

/// <summary>Rules for query values that arrive as text.</summary>
public static partial class QueryRules
{
    public const int MaxSearchLength = 100;

    public static IRuleBuilderOptions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.Must(value => value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max))
            .WithMessage($"must be a whole number from {min} to {max}");

    public static IRuleBuilderOptions<T, string?> Boolean<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null or "true" or "false").WithMessage("must be true or false");

    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyCollection<string> values) =>
        rule.Must(value => value is null || values.Contains(value))
            .WithMessage($"must be one of: {string.Join(", ", values)}");

    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || (!string.IsNullOrWhiteSpace(value) && value.Length <= MaxSearchLength))
            .WithMessage($"must be 1 to {MaxSearchLength} characters of text");

    /// <summary>A Kemendagri code of the given depth: 1 = province (<c>33</c>), 2 = regency or city (<c>33.75</c>).</summary>
    public static IRuleBuilderOptions<T, string?> RegionCode<T>(this IRuleBuilder<T, string?> rule, int depth) =>
        rule.Must(value => value is null || (RegionCodePattern().IsMatch(value) && value.Split('.').Length == depth))
            .WithMessage(depth == 1 ? "must be a province code such as 33" : "must be a regency or city code such as 33.75");

    /// <summary>An id the directory knows, looked up in the current read model.</summary>
    public static IRuleBuilderOptions<T, string?> KnownId<T>(
        this IRuleBuilder<T, string?> rule, DirectoryReadModel directory, Func<DirectorySnapshot, string, bool> exists, string listPath) =>
        rule.MustAsync(async (value, cancellationToken) => value is null || exists(await directory.GetAsync(cancellationToken), value))
            .WithMessage($"is not a known id; see {listPath}");

    [GeneratedRegex(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionCodePattern();
}
