using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Services;

/// <summary>Kinds of public service (e-KTP, paspor, SIM ...): <c>/api/v1/services</c>.</summary>
public static class ServicesApi
{
    public static RouteGroupBuilder MapServices(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/services").WithTags("Services");

        group.MapGet("/", ListServices).WithName("ListServices").WithSummary("List kinds of public service").ValidateQuery()
            .WithDescription(
                "Kinds of public service (jenis layanan) residents come to an MPP for: e-KTP (electronic ID card), paspor (passport), " +
                "SIM (driving licence), SKCK (police good-conduct certificate), business permits and more, with the words people search by.");
        group.MapGet("/{id}", GetService).WithName("GetService").WithSummary("Get one service with the agencies and MPPs that offer it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One service, the agency kinds known for it, and the MPPs that offer it (stated by a source, or through an agency serving there).");

        return group;
    }

    public static string SelfLink(string id) => "/api/v1/services/" + Uri.EscapeDataString(id);

    public static async Task<Ok<PagedList<ServiceSummary>>> ListServices(
        [AsParameters] PageQuery paging, [AsParameters] ServiceListQuery query, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var services = query.Q is { } text ? snapshot.Search.Services(text).Select(hit => hit.Item) : snapshot.Data.Services;

        var items = services
            .Select(s => new ServiceSummary(
                s.Id, s.Name, s.Description, s.Keywords,
                [.. KindsOffering(snapshot, s).Select(k => k.Id)],
                MppsOffering(snapshot, s).Count(),
                new ResourceLinks(SelfLink(s.Id))))
            .ToList();
        return TypedResults.Ok(items.ToPage(paging, context));
    }

    public static async Task<Results<Ok<ServiceDetail>, ProblemHttpResult>> GetService(
        [Description("The service's id, e.g. paspor."), Example("paspor")] string id, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.ServicesById.TryGetValue(id, out var service))
        {
            return ProblemResults.NotFound("service", id);
        }

        return TypedResults.Ok(new ServiceDetail(
            service.Id,
            service.Name,
            service.Description,
            service.Keywords,
            [.. KindsOffering(snapshot, service).Select(k => k.AsRef())],
            [.. MppsOffering(snapshot, service).Select(m => m.AsRef())],
            new ResourceLinks(SelfLink(service.Id))));
    }

    private static IEnumerable<AgencyKind> KindsOffering(DirectorySnapshot snapshot, Service service) =>
        snapshot.Data.AgencyKinds.Where(k => k.Services.Contains(service.Id));

    private static IEnumerable<Mpp> MppsOffering(DirectorySnapshot snapshot, Service service) =>
        snapshot.Data.Mpps.Where(m => snapshot.ServicesByMpp[m.Id].Contains(service.Id));
}
