using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Links;

namespace MppDirectory.Api.Http;

/// <summary>
/// The index of the API, in the manner of GitHub's API root: every resource with its URL template,
/// read from the contract, and where the contract, docs, datasets and health are. Served at
/// <c>/api/v1</c> and <c>/api</c>, and at <c>/</c> for a client that asks for JSON there (people get the
/// home page; see Pages).
/// </summary>
public static class RootApi
{
    public const string Description = "Open data API of Indonesia's Mal Pelayanan Publik (public service malls).";

    public static IEndpointRouteBuilder MapRoot(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(ApiVersion.Root, GetApiIndex).WithName("GetApiIndex").WithTags("Status")
            .WithSummary("List the API's resources")
            .WithDescription(
                "Where everything is: each resource of `/api/v1` with its URL template (RFC 6570) and summary, the OpenAPI " +
                "contract, the docs page, the datasets and health, all as absolute URLs, and the contract's version.");
        routes.MapGet("/api", GetApiIndex).WithName("GetApiRoot").ExcludeFromDescription();
        return routes;
    }

    // From the committed contract, not this executable's route table: the read edition forwards some routes.
    public static Ok<ApiIndex> GetApiIndex(PublicUrls urls)
    {
        var resources = CommittedContract.All
            .Where(o => o.Path.StartsWith(ApiVersion.Root + "/", StringComparison.Ordinal) && o.Name.Length > 0)
            .Select(o => new ApiResource(o.Name, o.Summary, urls.Absolute(o.Path.TrimEnd('/'))))
            .OrderBy(r => r.Href, StringComparer.Ordinal)
            .ToList();

        return TypedResults.Ok(new ApiIndex(
            "MPP Directory",
            Description,
            ApiVersion.Current,
            resources,
            new ApiIndexLinks(ApiVersion.Root, "/api/openapi.json", "/api/docs", ApiVersion.Root + "/datasets", ApiVersion.Root + "/datasets/latest", "/api/health")));
    }
}

/// <param name="Name">The API.</param>
/// <param name="Description">What it serves.</param>
/// <param name="ApiVersion">The contract's version (OpenAPI <c>info.version</c>).</param>
/// <param name="Resources">Every resource of <c>/api/v1</c>.</param>
/// <param name="Links">Where the rest is.</param>
public sealed record ApiIndex(string Name, string Description, string ApiVersion, IReadOnlyList<ApiResource> Resources, ApiIndexLinks Links);

/// <param name="Name">The operation's id in the contract.</param>
/// <param name="Summary">What it answers.</param>
/// <param name="Href">Its absolute URL template (RFC 6570), e.g. <c>https://…/api/v1/mpps/{id}</c>.</param>
public sealed record ApiResource(string Name, string Summary, string Href);

public sealed record ApiIndexLinks(PublicLink Self, PublicLink OpenApi, PublicLink Docs, PublicLink Datasets, PublicLink LatestDataset, PublicLink Health);
