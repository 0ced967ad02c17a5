using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Agencies;

public sealed record AgencyListQuery
{
    [FromQuery(Name = "q"), FreeTextQuery, Example("dukcapil"), Description("Text search over names, acronyms, synonyms and services; results by relevance.")]
    public string? Q { get; init; }

    [FromQuery(Name = "category"), Example("national-regional-office"), Description("local-government, national-regional-office, state-enterprise, regional-enterprise, bank or public-body.")]
    public string? Category { get; init; }
}

public sealed class AgencyListQueryValidator : AbstractValidator<AgencyListQuery>
{
    public static readonly IReadOnlyList<string> Categories = [.. EnumNames.All<AgencyCategory>()];

    public AgencyListQueryValidator()
    {
        RuleFor(q => q.Q).SearchText().OverridePropertyName("q");
        RuleFor(q => q.Category).OneOf(Categories).OverridePropertyName("category");
    }
}
