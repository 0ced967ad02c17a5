using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Http.Localization;

/// <summary>The <c>lang</c> parameter of answers that carry the directory's own texts; see <see cref="RequestLanguage"/>.</summary>
public sealed record LanguageQuery
{
    [FromQuery(Name = RequestLanguage.QueryName), Example("en"), Description("Language of the directory's own texts (hours notes): id (Bahasa Indonesia, the default) or en; without it, Accept-Language decides. Quotes from sources stay as written.")]
    public string? Lang { get; init; }
}

public sealed class LanguageQueryValidator : AbstractValidator<LanguageQuery>
{
    public LanguageQueryValidator()
    {
        RuleFor(q => q.Lang).OneOf(Languages.Codes).OverridePropertyName(RequestLanguage.QueryName);
    }
}
