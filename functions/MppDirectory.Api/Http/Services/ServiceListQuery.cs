using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.OpenApi;

namespace MppDirectory.Api.Http.Services;

public sealed record ServiceListQuery(
    [property: FromQuery(Name = "page"), Description("Page number, from 1."), DefaultValue(1)] string? Page,
    [property: FromQuery(Name = "per_page"), Description("Items per page, 1 to 100."), DefaultValue(IPagedQuery.DefaultPerPage)] string? PerPage,
    [property: FromQuery(Name = "q"), Example("paspor"), Description("Text search over names, keywords and descriptions; results by relevance.")] string? Q)
    : IPagedQuery;

public sealed class ServiceListQueryValidator : AbstractValidator<ServiceListQuery>
{
    public ServiceListQueryValidator()
    {
        Include(new PageQueryValidator<ServiceListQuery>());
        RuleFor(q => q.Q).SearchText().OverridePropertyName("q");
    }
}
