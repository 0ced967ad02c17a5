using FluentValidation;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A steward's "checked today" (<c>POST /api/v1/mpps/{id}/verifications</c>, or a counter's): the record was still
/// true when checked, and nothing of it changes. Both fields are optional (<c>{}</c> is a whole verification): the
/// sources the steward checked it against, and a short note of how, both kept in the change record only.
/// </summary>
public sealed record VerificationInput(IReadOnlyList<CitationInput>? Citations = null, string? Note = null)
{
    /// <summary>A verification with nothing but itself.</summary>
    public static VerificationInput Bare { get; } = new();
}

/// <summary>The rules of a verification: cited sources, if any, are registered and quoted; a note, if any, is short.</summary>
public sealed class VerificationInputValidator : AbstractValidator<VerificationInput>
{
    public const int MaxNoteLength = 500;

    public VerificationInputValidator(IReadOnlyDictionary<string, Records.Source> sourcesById)
    {
        RuleFor(v => v.Citations!.Count).LessThanOrEqualTo(MppPatchValidator.MaxCitations).When(v => v.Citations is not null).OverridePropertyName("citations");
        RuleForEach(v => v.Citations).NotNull().WithMessage("A citation is { \"source\": id, \"quote\": text }, not null.").SetValidator(new CitationInputValidator(sourcesById)).OverridePropertyName("citations");
        RuleFor(v => v.Note).NotEmpty().WithMessage("is empty: leave it out, or say in a few words how the record was checked")
            .MaximumLength(MaxNoteLength).NotLikeAFormula().When(v => v.Note is not null).OverridePropertyName("note");
    }
}
