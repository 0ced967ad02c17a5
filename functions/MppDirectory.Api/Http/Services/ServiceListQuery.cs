using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Validation;

namespace MppDirectory.Api.Http.Services;

public sealed record ServiceListQuery
{
    [FromQuery(Name = "q"), FreeTextQuery, Example("paspor"), Description("Text search over names, keywords and descriptions; results by relevance.")]
    public string? Q { get; init; }
}

public sealed class ServiceListQueryValidator : AbstractValidator<ServiceListQuery>
{
    public ServiceListQueryValidator()
    {
        RuleFor(q => q.Q).SearchText().OverridePropertyName("q");
    }
}
