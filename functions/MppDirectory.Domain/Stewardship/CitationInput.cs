using FluentValidation;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Stewardship;

/// <summary>A citation as a write carries it: a registered source and the sentence quoted from it.</summary>
public sealed record CitationInput(string Source, string Quote);

/// <summary>The rules of one citation of a write, the same for every kind of write.</summary>
public sealed class CitationInputValidator : AbstractValidator<CitationInput>
{
    public const int MaxQuoteLength = 2000;

    public CitationInputValidator(IReadOnlyDictionary<string, Source> sourcesById)
    {
        RuleFor(c => c.Source)
            .Must(id => id is not null && sourcesById.ContainsKey(id))
            .WithMessage(c => $"No registered source has the id '{c.Source}'.")
            .OverridePropertyName("source");
        RuleFor(c => c.Quote).NotEmpty().MaximumLength(MaxQuoteLength).NotLikeAFormula().OverridePropertyName("quote");
    }
}
