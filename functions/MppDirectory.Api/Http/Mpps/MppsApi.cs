using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Counters;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>The MPP locations: <c>/api/v1/mpps</c> (their counters and hours are read in Http/Counters and Http/Schedules, under the same group).</summary>
public static class MppsApi
{
    public static RouteGroupBuilder MapMpps(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/mpps").WithTags("MPPs").WithCacheControl(CacheControl.ClockDependent);

        group.MapGet("/", ListMpps).WithName("ListMpps").WithSummary("List MPP locations").ValidateQuery()
            .WithDescription(
                "The MPPs (Mal Pelayanan Publik: public service malls, one building where many agencies have counters side by side) " +
                "the directory knows, with their region, status and whether they are open now. Filter by Kemendagri region code, " +
                "agency kind, service, status or open-now, or search by text (`q`, results by relevance). `status` is the furthest " +
                "opening phase that has happened: planned, under-construction, soft-launched (serving before the official opening) or launched.");
        group.MapGet("/{id}", GetMpp).WithName("GetMpp").WithSummary("Get one MPP").ValidateQuery().Localized().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription(
                "Everything the sources say of one MPP: regions, address, milestones (construction, soft launch, grand launch), " +
                "counters (gerai or loket: one agency's desk), services, counts as reported beside counts derived from the records, " +
                "opening hours, data-quality notes and the cited sentence behind each fact.");
        group.MapCounterReads();
        group.MapScheduleReads();
        return group;
    }

    public static async Task<Ok<PagedList<MppSummary>>> ListMpps(
        [AsParameters] PageQuery paging, [AsParameters] MppListQuery query, DirectoryReadModel directory, ClockBoundAnswers answers, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var criteria = new MppCriteria(
            query.Q,
            query.Province,
            query.Regency,
            query.Agency,
            query.Service,
            query.Status is null ? null : EnumNames.Parse<MppStatus>(query.Status),
            query.OpenNow is null ? null : query.OpenNow == "true",
            query.VerificationDue is null ? null : query.VerificationDue == "true");
        var mpps = answers.Get(context, snapshot, now => snapshot.Find(criteria, now).Select(m => m.AsSummary(snapshot, now)).ToList());
        return TypedResults.Ok(mpps.ToPage(paging, context));
    }

    public static async Task<Results<Ok<MppDetail>, ProblemHttpResult>> GetMpp(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, [AsParameters] LanguageQuery language, DirectoryReadModel directory, ClockBoundAnswers answers, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return ProblemResults.NotFound("MPP", id);
        }

        // Its ETag starts with the record's revision, which writes compare (If-Match); so do its counters' answers.
        context.Items[MppRevision.ItemKey] = MppRevision.Of(mpp);
        return TypedResults.Ok(answers.Get(context, snapshot, now => mpp.AsDetail(snapshot, now, RequestLanguage.Of(context.Request))));
    }
}
