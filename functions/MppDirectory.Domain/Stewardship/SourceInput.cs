using System.Text.RegularExpressions;
using FluentValidation;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// A source as a steward registers it (<c>POST /api/v1/sources</c>): the publisher as it names itself, the
/// headline, the dateline with its precision and words, the URL, the language, and what the article is
/// about in the directory's words (Indonesian and English). It is the one write without citations: the
/// source is what later writes cite.
/// </summary>
public sealed partial record SourceInput(
    string? Id,
    string? Publisher,
    string? Headline,
    ReportedDate? Dateline,
    string? Url,
    string? Language,
    LocalizedText? About,
    LocalizedText? Notes)
{
    public Source ToSource() => new(Id!, null, Publisher, Dateline!, About!, Notes, Headline, Url, Language);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    internal static partial Regex LanguageTag();
}

/// <summary>The rules of a new source: a slug id no source has, a dated text, an absolute http(s) URL if any, a language, bounded texts.</summary>
public sealed class SourceInputValidator : AbstractValidator<SourceInput>
{
    public const int MaxUrlLength = 2000;

    public SourceInputValidator(Func<string, bool> idTaken)
    {
        RuleFor(s => s.Id).NotEmpty().WithMessage("is required: the source's readable id, such as suarabaru-2023-08-18")
            .MaximumLength(MppDraft.MaxIdLength)
            .Must(id => id is null || MppDraft.Slug().IsMatch(id)).WithMessage("must be lowercase words and digits joined by hyphens, such as suarabaru-2023-08-18")
            .Must(id => id is null || !idTaken(id)).WithMessage(s => $"A source with the id '{s.Id}' is registered already.")
            .OverridePropertyName("id");
        RuleFor(s => s.Publisher).MaximumLength(200).NotLikeAFormula().OverridePropertyName("publisher");
        RuleFor(s => s.Headline).MaximumLength(500).NotLikeAFormula().OverridePropertyName("headline");
        RuleFor(s => s.Dateline).NotNull().WithMessage("is required: { value, precision, basis, text }, the date the text reports").OverridePropertyName("dateline");
        RuleFor(s => s.Dateline!).SetValidator(new ReportedDateValidator()).When(s => s.Dateline is not null).OverridePropertyName("dateline");
        RuleFor(s => s.Url).MaximumLength(MaxUrlLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("must be an absolute http or https URL")
            .OverridePropertyName("url");
        RuleFor(s => s.Language).NotEmpty().WithMessage("is required: the article's language as a BCP 47 tag, such as id")
            .Must(tag => tag is null || SourceInput.LanguageTag().IsMatch(tag)).WithMessage("must be a BCP 47 language tag, such as id or en")
            .MaximumLength(35)
            .OverridePropertyName("language");
        RuleFor(s => s.About).NotNull().WithMessage("is required: { id, en }, what the article is about in Indonesian and English").OverridePropertyName("about");
        RuleFor(s => s.About!.Id).NotEmpty().MaximumLength(500).NotLikeAFormula().When(s => s.About is not null).OverridePropertyName("about.id");
        RuleFor(s => s.About!.En).NotEmpty().MaximumLength(500).NotLikeAFormula().When(s => s.About is not null).OverridePropertyName("about.en");
        RuleFor(s => s.Notes!.Id).NotEmpty().MaximumLength(1000).NotLikeAFormula().When(s => s.Notes is not null).OverridePropertyName("notes.id");
        RuleFor(s => s.Notes!.En).NotEmpty().MaximumLength(1000).NotLikeAFormula().When(s => s.Notes is not null).OverridePropertyName("notes.en");
    }
}
