using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>The MPP locations: <c>/api/v1/mpps</c>.</summary>
public static class MppsApi
{
    public static RouteGroupBuilder MapMpps(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/mpps").WithTags("MPPs");

        group.MapGet("/", ListMpps).WithName("ListMpps").WithSummary("List MPP locations").ValidateQuery<PageQuery>();
        group.MapGet("/{id}", GetMpp).WithName("GetMpp").WithSummary("Get one MPP by id");

        return group;
    }

    public static async Task<Ok<PagedList<MppSummary>>> ListMpps(
        [AsParameters] PageQuery paging, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var page = snapshot.Data.Mpps.Select(m => m.AsSummary(snapshot)).ToList().ToPage(paging, context);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<MppDetail>, ProblemHttpResult>> GetMpp(
        string id, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        return snapshot.MppsById.TryGetValue(id, out var mpp)
            ? TypedResults.Ok(mpp.AsDetail(snapshot))
            : ProblemResults.NotFound("MPP", id);
    }
}
