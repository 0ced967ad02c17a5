using FluentValidation;
using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Notes;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Regions;
using MppDirectory.Api.Http.Search;
using MppDirectory.Api.Http.Services;

namespace MppDirectory.Api.Http.Validation;

public static class QueryValidators
{
    /// <summary>One validator per query record bound with [AsParameters]; see <see cref="ValidationFilter"/>.</summary>
    public static IServiceCollection AddQueryValidators(this IServiceCollection services) => services
        .AddSingleton<IValidator<PageQuery>, PageQueryValidator>()
        .AddSingleton<IValidator<MppListQuery>, MppListQueryValidator>()
        .AddSingleton<IValidator<AgencyListQuery>, AgencyListQueryValidator>()
        .AddSingleton<IValidator<ServiceListQuery>, ServiceListQueryValidator>()
        .AddSingleton<IValidator<RegionListQuery>, RegionListQueryValidator>()
        .AddSingleton<IValidator<NoteListQuery>, NoteListQueryValidator>()
        .AddSingleton<IValidator<SearchQuery>, SearchQueryValidator>()
        .AddSingleton<IValidator<LanguageQuery>, LanguageQueryValidator>()
        .AddSingleton<IValidator<Stewardship.ImportQuery>, Stewardship.ImportQueryValidator>()
        .AddSingleton<IValidator<Stewardship.ChangeFeedQuery>, Stewardship.ChangeFeedQueryValidator>();
}
