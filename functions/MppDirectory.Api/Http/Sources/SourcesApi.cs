using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;
using MppDirectory.Domain;

namespace MppDirectory.Api.Http.Sources;

/// <summary>The source articles and what the directory takes from each: <c>/api/v1/sources</c>.</summary>
public static class SourcesApi
{
    public static RouteGroupBuilder MapSources(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/sources").WithTags("Sources");

        group.MapGet("/", ListSources).WithName("ListSources").WithSummary("List the source articles").ValidateQuery()
            .WithDescription(
                "The articles (Indonesian news and government releases) every fact in the directory is taken from, with publisher " +
                "and the date the text reports. There is no official open dataset of MPPs; these sources are the ground truth.");
        group.MapGet("/{id}", GetSource).WithName("GetSource").WithSummary("Get one source with every sentence the directory cites from it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One source article and each sentence the directory quotes from it, verbatim, with the MPP and the part of its record the sentence supports.");

        return group;
    }

    public static string SelfLink(string id) => "/api/v1/sources/" + Uri.EscapeDataString(id);

    public static async Task<Ok<PagedList<SourceSummary>>> ListSources(
        [AsParameters] PageQuery paging, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var items = snapshot.Data.Sources
            .Select(s => new SourceSummary(s.Id, s.Publisher, s.Dateline, s.Headline, s.Url, s.About, s.Notes, s.File, new ResourceLinks(SelfLink(s.Id))))
            .ToList();
        return TypedResults.Ok(items.ToPage(paging, context));
    }

    public static async Task<Results<Ok<SourceDetail>, ProblemHttpResult>> GetSource(
        [Description("The source's id, e.g. suarabaru-2023-08-18."), Example("suarabaru-2023-08-18")] string id, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.SourcesById.TryGetValue(id, out var source))
        {
            return ProblemResults.NotFound("source", id);
        }

        var cited = snapshot.Data.Mpps
            .SelectMany(m => CitationsOf(m).Where(c => c.Citation.Source == id).Select(c => new CitedSentence(m.Id, c.Where, c.Citation.Quote)))
            .ToList();
        return TypedResults.Ok(new SourceDetail(
            source.Id, source.Publisher, source.Dateline, source.Headline, source.Url, source.About, source.Notes, source.File, cited, new ResourceLinks(SelfLink(source.Id))));
    }

    /// <summary>Every citation of an MPP record with the part of the record it supports.</summary>
    private static IEnumerable<(string Where, Citation Citation)> CitationsOf(Mpp mpp) =>
        mpp.Citations.Select(c => (string.Join(", ", c.Supports ?? []), c))
            .Concat(mpp.Milestones.SelectMany(m => m.Citations.Select(c => ($"milestone {EnumNames.Of(m.Kind)}", c))))
            .Concat(mpp.Counters.SelectMany(k => k.Citations.Select(c => ($"counter {k.Id}", c))))
            .Concat(mpp.StatedServices.Citations.Select(c => ("statedServices", c)))
            .Concat(mpp.Observations.Select(o => ($"count {EnumNames.Of(o.Metric)}", o.Citation)))
            .Concat(mpp.Hours.Citations.Select(c => ("hours", c)))
            .Concat(mpp.Notes.SelectMany(n => n.Citations.Select(c => ($"note {n.Id}", c))));
}

/// <param name="Publisher">The publisher as the article names itself (SERAMBINEWS.COM); null when it names none.</param>
/// <param name="Headline">The article's headline, where the stored text has one.</param>
/// <param name="Url">Where the article was published; null until a steward records it (never guessed).</param>
/// <param name="File">The article's file in the project's source collection.</param>
public sealed record SourceSummary(string Id, string? Publisher, ReportedDate Dateline, string? Headline, string? Url, string About, string? Notes, string File, ResourceLinks Links);

/// <param name="Publisher">The publisher as the article names itself (SERAMBINEWS.COM); null when it names none.</param>
/// <param name="Headline">The article's headline, where the stored text has one.</param>
/// <param name="Url">Where the article was published; null until a steward records it (never guessed).</param>
public sealed record SourceDetail(
    string Id,
    string? Publisher,
    ReportedDate Dateline,
    string? Headline,
    string? Url,
    string About,
    string? Notes,
    string File,
    IReadOnlyList<CitedSentence> Citations,
    ResourceLinks Links);

/// <param name="Supports">The part of the MPP record the sentence supports.</param>
public sealed record CitedSentence(string MppId, string Supports, string Quote);
