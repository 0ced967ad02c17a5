using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Datasets.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Sources;

/// <summary>The source articles and what the directory takes from each: <c>/api/v1/sources</c>.</summary>
public static class SourcesApi
{
    public static RouteGroupBuilder MapSources(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/sources").WithTags("Sources");

        group.MapGet("/", ListSources).WithName("ListSources").WithSummary("List the source articles").ValidateQuery().Localized()
            .WithDescription(
                "The articles (Indonesian news and government releases) every fact in the directory is taken from, with publisher " +
                "and the date the text reports. There is no official open dataset of MPPs; these sources are the ground truth.");
        group.MapGet("/{id}", GetSource).WithName("GetSource").WithSummary("Get one source with every sentence the directory cites from it").ValidateQuery().Localized()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One source article and each sentence the directory quotes from it, verbatim, with the MPP and the part of its record the sentence supports.");

        return group;
    }

    public static string SelfLink(string id) => "/api/v1/sources/" + Uri.EscapeDataString(id);

    public static async Task<Ok<PagedList<SourceSummary>>> ListSources(
        [AsParameters] PageQuery paging, [AsParameters] LanguageQuery language, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var lang = RequestLanguage.Of(context.Request);
        var items = snapshot.Data.Sources
            .Select(s => SourceSummary.Of(s, lang))
            .ToList();
        return TypedResults.Ok(items.ToPage(paging, context));
    }

    public static async Task<Results<Ok<SourceDetail>, ProblemHttpResult>> GetSource(
        [Description("The source's id, e.g. suarabaru-2023-08-18."), Example("suarabaru-2023-08-18")] string id, [AsParameters] LanguageQuery language, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var lang = RequestLanguage.Of(context.Request);
        if (!snapshot.SourcesById.TryGetValue(id, out var source))
        {
            return ProblemResults.NotFound("source", id);
        }

        var cited = snapshot.Data.Mpps
            .SelectMany(m => CitationsOf(m).Where(c => c.Citation.Source == id).Select(c => new CitedSentence(m.Id, c.Where, c.Citation.Quote)))
            .ToList();
        return TypedResults.Ok(SourceDetail.Of(source, cited, lang));
    }

    /// <summary>
    /// Every citation of an MPP record with where it lands in the dataset: the <c>mpps.csv</c> columns it
    /// supports, or the id column and value of its row in another table, spelled as the CSV headers are.
    /// </summary>
    private static IEnumerable<(string Where, Citation Citation)> CitationsOf(Mpp mpp) =>
        mpp.Citations.Select(c => (string.Join(", ", c.Supports ?? []), c))
            .Concat(mpp.Milestones.Zip(RecordIds.Milestones(mpp)).SelectMany(p => p.First.Citations.Select(c => ($"milestone_id {p.Second}", c))))
            .Concat(mpp.Counters.SelectMany(k => k.Citations.Select(c => ($"counter_id {RecordIds.Counter(mpp, k)}", c))))
            .Concat(mpp.StatedServices.Citations.Select(c => ($"mpp_stated_services {mpp.Id}", c)))
            .Concat(mpp.Observations.Zip(RecordIds.Observations(mpp)).Select(p => ($"observation_id {p.Second}", p.First.Citation)))
            .Concat(mpp.Hours.Citations.Select(c => ("hours_note", c)))
            .Concat(mpp.Notes.SelectMany(n => n.Citations.Select(c => ($"note_id {RecordIds.Note(mpp, n)}", c))));
}

/// <param name="Publisher">The publisher as the article names itself (SERAMBINEWS.COM); null when it names none.</param>
/// <param name="Headline">The article's headline, where the stored text has one.</param>
/// <param name="Url">Where the article was published; null until a steward records it (never guessed).</param>
/// <param name="Language">The language the article is written in (BCP 47: id, en ...).</param>
/// <param name="File">The article's file in the project's source collection; null for a source a steward registered.</param>
public sealed record SourceSummary(string Id, string? Publisher, ReportedDate Dateline, string? Headline, string? Url, string? Language, string About, string? Notes, string? File, ResourceLinks Links)
{
    public static SourceSummary Of(Source s, Language lang) =>
        new(s.Id, s.Publisher, s.Dateline, s.Headline, s.Url, s.Language, s.About.In(lang), s.Notes?.In(lang), s.File, new ResourceLinks(SourcesApi.SelfLink(s.Id)));
}

/// <param name="Publisher">The publisher as the article names itself (SERAMBINEWS.COM); null when it names none.</param>
/// <param name="Headline">The article's headline, where the stored text has one.</param>
/// <param name="Url">Where the article was published; null until a steward records it (never guessed).</param>
/// <param name="Language">The language the article is written in (BCP 47: id, en ...).</param>
/// <param name="File">The article's file in the project's source collection; null for a source a steward registered.</param>
public sealed record SourceDetail(
    string Id,
    string? Publisher,
    ReportedDate Dateline,
    string? Headline,
    string? Url,
    string? Language,
    string About,
    string? Notes,
    string? File,
    IReadOnlyList<CitedSentence> Citations,
    ResourceLinks Links)
{
    public static SourceDetail Of(Source s, IReadOnlyList<CitedSentence> cited, Language lang) =>
        new(s.Id, s.Publisher, s.Dateline, s.Headline, s.Url, s.Language, s.About.In(lang), s.Notes?.In(lang), s.File, cited, new ResourceLinks(SourcesApi.SelfLink(s.Id)));
}

/// <param name="Supports">Where the sentence lands in the dataset, as the CSV headers spell it: the <c>mpps.csv</c> columns it supports (<c>name, venue</c>), or the id column and value of its row in another table (<c>counter_id kota-pekalongan/e-ktp</c>).</param>
public sealed record CitedSentence(string MppId, string Supports, string Quote);
