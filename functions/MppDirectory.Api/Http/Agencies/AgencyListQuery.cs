using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.OpenApi;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Agencies;

public sealed record AgencyListQuery(
    [property: FromQuery(Name = "page"), Description("Page number, from 1."), DefaultValue(1)] string? Page,
    [property: FromQuery(Name = "per_page"), Description("Items per page, 1 to 100."), DefaultValue(IPagedQuery.DefaultPerPage)] string? PerPage,
    [property: FromQuery(Name = "q"), Example("dukcapil"), Description("Text search over names, acronyms, synonyms and services; results by relevance.")] string? Q,
    [property: FromQuery(Name = "category"), Example("national-regional-office"), Description("local-government, national-regional-office, state-enterprise, regional-enterprise, bank or public-body.")] string? Category)
    : IPagedQuery;

public sealed class AgencyListQueryValidator : AbstractValidator<AgencyListQuery>
{
    public static readonly IReadOnlyList<string> Categories = [.. Enum.GetValues<AgencyCategory>().Select(WireNames.Of)];

    public AgencyListQueryValidator()
    {
        Include(new PageQueryValidator<AgencyListQuery>());
        RuleFor(q => q.Q).SearchText().OverridePropertyName("q");
        RuleFor(q => q.Category).OneOf(Categories).OverridePropertyName("category");
    }
}
