using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Statistics;

namespace MppDirectory.Api.Http.Statistics;

/// <summary>Totals derived from the directory's records: <c>/api/v1/statistics</c>.</summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/statistics", GetStatistics)
            .WithName("GetStatistics")
            .WithTags("Statistics")
            .WithSummary("National and per-province totals and agency coverage")
            .WithDescription(
                "Totals counted from the directory's own records: MPPs by status, counters by status, provinces and regencies " +
                "(kabupaten) and cities (kota) with an MPP, and in how many MPPs each agency kind serves. They are only as complete as " +
                "the sources; they are not official figures.");
        return routes;
    }

    public static async Task<Ok<StatisticsReport>> GetStatistics(DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        return TypedResults.Ok(new StatisticsReport(snapshot.Version, StatisticsReport.WhatIsCounted, snapshot.Statistics));
    }
}

/// <param name="Basis">What the totals count, so that no one mistakes them for official figures.</param>
public sealed record StatisticsReport(string DataVersion, string Basis, DirectoryStatistics Statistics)
{
    public const string WhatIsCounted =
        "Counted from the directory's own records, which hold only the MPPs and counters its sources name; " +
        "counts the sources report are in each MPP's counts.reported.";
}
