using System.Diagnostics.CodeAnalysis;
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
        .AddQueryValidator<PageQuery, PageQueryValidator>()
        .AddQueryValidator<MppListQuery, MppListQueryValidator>()
        .AddQueryValidator<AgencyListQuery, AgencyListQueryValidator>()
        .AddQueryValidator<ServiceListQuery, ServiceListQueryValidator>()
        .AddQueryValidator<RegionListQuery, RegionListQueryValidator>()
        .AddQueryValidator<NoteListQuery, NoteListQueryValidator>()
        .AddQueryValidator<SearchQuery, SearchQueryValidator>()
        .AddQueryValidator<LanguageQuery, LanguageQueryValidator>()
        .AddQueryValidator<Importing.ImportQuery, Importing.ImportQueryValidator>()
        .AddQueryValidator<Changes.ChangeFeedQuery, Changes.ChangeFeedQueryValidator>()
        .AddQueryValidator<Suggestions.SuggestionListQuery, Suggestions.SuggestionListQueryValidator>();

    /// <summary>The validator as itself, as the validator of <typeparamref name="T"/>, and among every <see cref="IValidator"/> the filter looks through.</summary>
    private static IServiceCollection AddQueryValidator<T, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(this IServiceCollection services)
        where TValidator : class, IValidator<T> => services
        .AddSingleton<TValidator>()
        .AddSingleton<IValidator<T>>(sp => sp.GetRequiredService<TValidator>())
        .AddSingleton<IValidator>(sp => sp.GetRequiredService<TValidator>());
}
