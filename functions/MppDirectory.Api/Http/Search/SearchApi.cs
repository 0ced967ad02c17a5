using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Services;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Search;

/// <summary>
/// One search box over the whole directory: <c>/api/v1/search?q=</c>. Case-, accent- and
/// spacing-insensitive; acronyms and synonyms work both ways ("dukcapil", "kependudukan"), and a
/// service finds the agencies that offer it ("paspor" finds Imigrasi).
/// </summary>
public static class SearchApi
{
    public const int MaxLimit = 50;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/search", SearchDirectory)
            .WithName("SearchDirectory")
            .WithTags("Search")
            .WithSummary("Search MPPs, counters, agencies and services at once")
            .WithDescription(
                "One search box over the whole directory. Case-, accent- and spacing-insensitive; acronyms and synonyms work both ways " +
                "(dukcapil finds Dinas Kependudukan dan Pencatatan Sipil, the civil registry, and the reverse), and a service finds the " +
                "agencies that offer it (paspor, passport, finds Imigrasi). Hits of each kind come best first; scores compare only within one kind.")
            .ValidateQuery();
        return routes;
    }

    public static async Task<Ok<SearchResults>> SearchDirectory(
        [AsParameters] SearchQuery query, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var text = query.Q!;
        var limit = query.Limit is null ? 10 : int.Parse(query.Limit, System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(new SearchResults(
            text,
            [.. snapshot.Search.Mpps(text).Take(limit).Select(h => new Scored<MppRef>(h.Item.AsRef(), h.Score))],
            [.. snapshot.Search.Counters(text).Take(limit).Select(h => new Scored<CounterHit>(
                new CounterHit(h.Item.Mpp.AsRef(), h.Item.Counter.Id, h.Item.Counter.StatedName, h.Item.Counter.AgencyKind, h.Item.Counter.Status), h.Score))],
            [.. snapshot.Search.AgencyKinds(text).Take(limit).Select(h => new Scored<AgencyKindRef>(h.Item.AsRef(), h.Score))],
            [.. snapshot.Search.Services(text).Take(limit).Select(h => new Scored<ServiceRef>(new ServiceRef(h.Item.Id, h.Item.Name), h.Score))]));
    }
}

public sealed record SearchQuery
{
    [FromQuery(Name = "q"), FreeTextQuery, Required, Example("paspor"), Description("What to look for, e.g. paspor, dukcapil, Pangkal Pinang.")]
    public string? Q { get; init; }

    [FromQuery(Name = "limit"), WholeNumberQuery, Description("Most results per kind, 1 to 50."), DefaultValue(10), Example("5")]
    public string? Limit { get; init; }
}

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        RuleFor(q => q.Q).NotNull().WithMessage("is required").SearchText().OverridePropertyName("q");
        RuleFor(q => q.Limit).WholeNumber(1, SearchApi.MaxLimit).OverridePropertyName("limit");
    }
}

/// <summary>Hits of each kind, best first; scores compare only within one kind of one query.</summary>
public sealed record SearchResults(
    string Query,
    IReadOnlyList<Scored<MppRef>> Mpps,
    IReadOnlyList<Scored<CounterHit>> Counters,
    IReadOnlyList<Scored<AgencyKindRef>> Agencies,
    IReadOnlyList<Scored<ServiceRef>> Services);

public sealed record Scored<T>(T Item, double Score);

public sealed record CounterHit(MppRef Mpp, string CounterId, string StatedName, string AgencyKind, MppDirectory.Domain.Records.CounterStatus Status);
