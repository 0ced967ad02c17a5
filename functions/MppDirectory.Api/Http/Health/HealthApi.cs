using Azure;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Storage;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Health;

/// <summary>Whether storage answers and which data version it holds: <c>/api/health</c>.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", GetHealth)
            .WithName("GetHealth")
            .WithTags("Status")
            .WithSummary("Storage reachability and data version")
            .WithDescription(
                "Whether the directory's storage answers and which data version it holds. 200 when healthy; 503 with the same " +
                "body when storage is down (unhealthy) or holds no directory yet (unseeded). `dataVersion` changes whenever the data does.")
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealth(
        DirectoryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var version = await store.GetVersionAsync(cancellationToken);
            var report = new HealthReport(
                version is null ? HealthStatus.Unseeded : HealthStatus.Healthy,
                StorageReachable: true,
                version?.Version,
                version?.UpdatedAt,
                clock.GetUtcNow(),
                version is null ? "Storage answers but holds no directory; run the seed step." : null);
            return version is null ? Unavailable(report) : TypedResults.Ok(report);
        }
        catch (Exception ex) when (StorageFailure.Is(ex))
        {
            var detail = ex is RequestFailedException { Status: > 0 } failed
                ? $"Storage answered {failed.Status} {failed.ErrorCode}".TrimEnd()
                : "Storage did not answer.";
            return Unavailable(new HealthReport(HealthStatus.Unhealthy, false, null, null, clock.GetUtcNow(), detail));
        }
    }

    private static JsonHttpResult<HealthReport> Unavailable(HealthReport report) =>
        TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
}

public enum HealthStatus
{
    Healthy,
    Unseeded,
    Unhealthy,
}

public sealed record HealthReport(
    HealthStatus Status,
    bool StorageReachable,
    string? DataVersion,
    DateTimeOffset? DataUpdatedAt,
    DateTimeOffset CheckedAt,
    string? Detail);
