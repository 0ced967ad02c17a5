using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Agencies;

/// <summary>Agency kinds (Dukcapil, BPJS Kesehatan, Imigrasi ...): <c>/api/v1/agencies</c>.</summary>
public static class AgenciesApi
{
    public static RouteGroupBuilder MapAgencies(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/agencies").WithTags("Agencies");

        group.MapGet("/", ListAgencies).WithName("ListAgencies").WithSummary("List agency kinds").ValidateQuery()
            .WithDescription(
                "The kinds of agency (instansi) found in MPPs, with the acronyms and synonyms people use for them: Disdukcapil " +
                "(civil registry), Samsat (vehicle registration and tax), BPJS Kesehatan (national health insurance), Imigrasi and more. " +
                "Categories: local-government (OPD, a Dinas or Badan of the city or regency), national-regional-office (instansi vertikal), " +
                "state-enterprise (BUMN), regional-enterprise (BUMD), bank, public-body.");
        group.MapGet("/{id}", GetAgency).WithName("GetAgency").WithSummary("Get one agency kind with the MPPs that host it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One agency kind, the services it is known for, and every MPP with a counter of it (with that counter's stated name and status).");

        return group;
    }

    public static string SelfLink(string id) => "/api/v1/agencies/" + Uri.EscapeDataString(id);

    public static async Task<Ok<PagedList<AgencyKindSummary>>> ListAgencies(
        [AsParameters] PageQuery paging, [AsParameters] AgencyListQuery query, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var kinds = query.Q is { } text
            ? snapshot.Search.AgencyKinds(text).Select(hit => hit.Item)
            : snapshot.Data.AgencyKinds;
        var category = query.Category is null ? (AgencyCategory?)null : EnumNames.Parse<AgencyCategory>(query.Category);

        var items = kinds
            .Where(k => category is null || k.Category == category)
            .Select(k => new AgencyKindSummary(
                k.Id, k.OfficialName, k.Category, k.Acronyms, k.Synonyms, k.Services,
                snapshot.ServingMppsByAgencyKind[k.Id].Count(), new ResourceLinks(SelfLink(k.Id))))
            .ToList();
        return TypedResults.Ok(items.ToPage(paging, context));
    }

    public static async Task<Results<Ok<AgencyKindDetail>, ProblemHttpResult>> GetAgency(
        [Description("The agency kind's id, e.g. imigrasi."), Example("imigrasi")] string id, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.AgencyKindsById.TryGetValue(id, out var kind))
        {
            return ProblemResults.NotFound("agency kind", id);
        }

        var mpps = snapshot.Data.Mpps
            .Where(m => m.Counters.Any(c => c.AgencyKind == id))
            .Select(m => new HostingMpp(
                m.Id,
                m.Name,
                snapshot.Region(m.RegionCodes.Regency),
                [.. m.Counters.Where(c => c.AgencyKind == id).Select(c => new HostedCounter(c.Id, c.StatedName, c.Status))],
                new ResourceLinks(MppMapping.SelfLink(m.Id))))
            .ToList();
        return TypedResults.Ok(new AgencyKindDetail(
            kind.Id,
            kind.OfficialName,
            kind.Category,
            kind.Acronyms,
            kind.Synonyms,
            [.. kind.Services.Where(snapshot.ServicesById.ContainsKey).Select(s => new ServiceRef(s, snapshot.ServicesById[s].Name))],
            mpps,
            new ResourceLinks(SelfLink(kind.Id))));
    }
}
