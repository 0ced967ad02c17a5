using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>The MPP locations, their counters and hours: <c>/api/v1/mpps</c>.</summary>
public static class MppsApi
{
    public static RouteGroupBuilder MapMpps(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/mpps").WithTags("MPPs").WithCacheControl(CacheControl.ClockDependent);

        group.MapGet("/", ListMpps).WithName("ListMpps").WithSummary("List MPP locations").ValidateQuery<MppListQuery>();
        group.MapGet("/{id}", GetMpp).WithName("GetMpp").WithSummary("Get one MPP");
        group.MapGet("/{id}/counters", ListCounters).WithName("ListMppCounters").WithSummary("List the counters of one MPP").ValidateQuery<PageQuery>();
        group.MapGet("/{id}/schedule", GetSchedule).WithName("GetMppSchedule").WithSummary("Opening hours of one MPP and its counters");

        return group;
    }

    public static async Task<Ok<PagedList<MppSummary>>> ListMpps(
        [AsParameters] MppListQuery query, DirectoryReadModel directory, TimeProvider clock, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var now = clock.GetUtcNow();
        var criteria = new MppCriteria(
            query.Q,
            query.Province,
            query.Regency,
            query.Agency,
            query.Service,
            query.Status is null ? null : WireNames.Parse<MppStatus>(query.Status),
            query.OpenNow is null ? null : query.OpenNow == "true");
        var mpps = snapshot.Find(criteria, now).Select(m => m.AsSummary(snapshot, now)).ToList();
        return TypedResults.Ok(mpps.ToPage(query, context));
    }

    public static async Task<Results<Ok<MppDetail>, ProblemHttpResult>> GetMpp(
        string id, DirectoryReadModel directory, TimeProvider clock, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        return snapshot.MppsById.TryGetValue(id, out var mpp)
            ? TypedResults.Ok(mpp.AsDetail(snapshot, clock.GetUtcNow()))
            : ProblemResults.NotFound("MPP", id);
    }

    public static async Task<Results<Ok<PagedList<CounterView>>, ProblemHttpResult>> ListCounters(
        string id, [AsParameters] PageQuery paging, DirectoryReadModel directory, TimeProvider clock, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return ProblemResults.NotFound("MPP", id);
        }

        var now = clock.GetUtcNow();
        return TypedResults.Ok(mpp.Counters.Select(c => c.AsView(mpp, snapshot, now)).ToList().ToPage(paging, context));
    }

    public static async Task<Results<Ok<MppSchedule>, ProblemHttpResult>> GetSchedule(
        string id, DirectoryReadModel directory, TimeProvider clock, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return ProblemResults.NotFound("MPP", id);
        }

        var now = clock.GetUtcNow();
        return TypedResults.Ok(new MppSchedule(
            mpp.Id,
            now,
            ScheduleViews.For(snapshot, mpp, null, now),
            [.. mpp.Counters.Select(c => new CounterSchedule(c.Id, c.StatedName, ScheduleViews.For(snapshot, mpp, c, now)))],
            snapshot.Data.Holidays.Note));
    }
}
