using System.Text.Json.Serialization;
using FluentValidation;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A resident's suggested correction of one MPP (<c>POST /api/v1/suggestions</c> and the form at
/// <c>/mpps/{id}/saran</c>): which MPP, what is wrong (one of <see cref="SuggestionFields.All"/>), what it should
/// say, the evidence (a URL or words), an optional contact email that is never published, and
/// <see cref="Website"/>, the honeypot: a field people never see, which only robots fill. A suggestion is never a
/// write of the directory: a steward in scope reads it and answers it with a cited write, or rejects it with a reason.
/// </summary>
public sealed record SuggestionInput(string? Mpp, string? Field, string? Proposed, string? Evidence, string? Contact, string? Website)
{
    /// <summary>The largest body a suggestion may have (413 past it): far more than its fields' limits together need.</summary>
    public const int MaxBodyBytes = 8 * 1024;

    public const int MaxTextLength = 1000;

    /// <summary>RFC 5321's limit of an address as it travels.</summary>
    public const int MaxContactLength = 254;

    /// <summary>The same input with spaces around each text trimmed and empty texts as none (what a form sends for a field left empty).</summary>
    public SuggestionInput Normalized() => this with
    {
        Field = Clean(Field),
        Proposed = Clean(Proposed),
        Evidence = Clean(Evidence),
        Contact = Clean(Contact),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What a suggestion may say is wrong: the fields a steward can write, or <c>other</c>.</summary>
public static class SuggestionFields
{
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = ["name", "address", "venue", "floors", "regency", "coordinates", "hours", "counters", "counts", "sources", Other];
}

/// <summary>Where a suggestion stands: open until a steward in scope accepts it (with a change that links it) or rejects it (with a public reason).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<SuggestionStatus>))]
public enum SuggestionStatus
{
    Open,
    Accepted,
    Rejected,
}

/// <summary>The rules of a suggestion: an MPP the directory lists, a known field, bounded texts that no spreadsheet would run, an email if any, an empty honeypot.</summary>
public sealed class SuggestionInputValidator : AbstractValidator<SuggestionInput>
{
    public SuggestionInputValidator(Func<string, bool> mppExists)
    {
        RuleFor(s => s.Mpp).NotEmpty().WithMessage("is required: the id of the MPP the suggestion is about, such as kota-pekalongan")
            .Must(id => id is null || mppExists(id)).WithMessage(s => $"The directory lists no MPP with the id '{s.Mpp}'.")
            .OverridePropertyName("mpp");
        RuleFor(s => s.Field).NotEmpty().WithMessage($"is required: one of {string.Join(", ", SuggestionFields.All)}")
            .Must(field => field is null || SuggestionFields.All.Contains(field)).WithMessage($"must be one of {string.Join(", ", SuggestionFields.All)}")
            .OverridePropertyName("field");
        RuleFor(s => s.Proposed).NotEmpty().WithMessage("is required: what the record should say")
            .MaximumLength(SuggestionInput.MaxTextLength).NotLikeAFormula().OverridePropertyName("proposed");
        RuleFor(s => s.Evidence).MaximumLength(SuggestionInput.MaxTextLength).NotLikeAFormula().OverridePropertyName("evidence");
        RuleFor(s => s.Contact).MaximumLength(SuggestionInput.MaxContactLength).EmailAddress().WithMessage("must be an email address, or left out")
            .OverridePropertyName("contact");
        RuleFor(s => s.Website).Empty().WithMessage("must be left empty").OverridePropertyName("website");
    }
}

/// <summary>A steward's rejection of a suggestion (<c>POST /api/v1/suggestions/{id}/rejection</c>): the reason, shown publicly, in Indonesian and English.</summary>
public sealed record SuggestionRejection(LocalizedText? Reason);

public sealed class SuggestionRejectionValidator : AbstractValidator<SuggestionRejection>
{
    public const int MaxReasonLength = 1000;

    public SuggestionRejectionValidator()
    {
        RuleFor(r => r.Reason).NotNull().WithMessage("is required: { id, en }, why the suggestion is rejected, in Indonesian and English; shown publicly").OverridePropertyName("reason");
        RuleFor(r => r.Reason!.Id).NotEmpty().MaximumLength(MaxReasonLength).NotLikeAFormula().When(r => r.Reason is not null).OverridePropertyName("reason.id");
        RuleFor(r => r.Reason!.En).NotEmpty().MaximumLength(MaxReasonLength).NotLikeAFormula().When(r => r.Reason is not null).OverridePropertyName("reason.en");
    }
}
