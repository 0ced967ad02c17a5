using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;

namespace MppDirectory.Api.Http.Health;

/// <summary>
/// <c>/api/health</c>: what the background refresher last saw of storage and which data version is
/// served. It never waits on storage, so it answers at once even while storage hangs.
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", GetHealth)
            .WithName("GetHealth")
            .WithTags("Status")
            .WithSummary("Whether the directory is served, and how fresh it is")
            .WithDescription(
                "Answers at once from what the background refresher last saw, never by waiting on storage. `healthy`: storage " +
                "answers and the data served is current. `degraded` (still 200): reads are served from the loaded data, but storage " +
                "failed, is slow, or has not confirmed the data for a while; `detail` says which and `dataAgeSeconds` how long since " +
                "storage last answered. 503 with the same body when nothing can be served: storage is down (`unhealthy`) or holds " +
                "no directory yet (`unseeded`). `dataVersion` changes whenever the data does.")
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(DirectoryReadModel directory, IOptions<DirectoryOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, TimeProvider clock)
    {
        var report = Assess(directory.Current, directory.Status, options.Value, clock.GetUtcNow());
        return report.Status is HealthStatus.Healthy or HealthStatus.Degraded
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, json.Value.SerializerOptions.TypeInfo<HealthReport>(), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The health of a read model from its snapshot and refresh status, at <paramref name="now"/>.</summary>
    public static HealthReport Assess(DirectorySnapshot? snapshot, RefreshStatus status, DirectoryOptions options, DateTimeOffset now)
    {
        var age = status.LastAnsweredAt is { } answered ? Math.Round((now - answered).TotalSeconds, 1) : (double?)null;
        HealthReport Report(HealthStatus health, bool reachable, string? detail) =>
            new(health, reachable, snapshot?.Version, status.Stored?.UpdatedAt, status.LastAnsweredAt, age, now, detail);

        if (snapshot is null)
        {
            return status switch
            {
                { Attempted: false } => Report(HealthStatus.Unhealthy, false, "The directory is loading from storage."),
                { Seeded: false } => Report(HealthStatus.Unseeded, true, "Storage answers but holds no directory; run the seed step."),
                _ => Report(HealthStatus.Unhealthy, false, status.LastError),
            };
        }

        if (status.LastError is { } error)
        {
            return Report(HealthStatus.Degraded, false, $"Serving the loaded data; the last refresh failed: {error}");
        }

        if (status.InFlightSince is { } since && now - since > options.SlowCheck)
        {
            return Report(HealthStatus.Degraded, false, $"Serving the loaded data; storage has not answered for {(now - since).TotalSeconds:F1} s.");
        }

        var stale = (options.VersionCheckInterval * 2) + options.RefreshDeadline;
        return age > stale.TotalSeconds
            ? Report(HealthStatus.Degraded, true, $"Serving the loaded data; storage last confirmed it {age:F0} s ago.")
            : Report(HealthStatus.Healthy, true, null);
    }
}

[JsonConverter(typeof(KebabCaseEnumConverter<HealthStatus>))]
public enum HealthStatus
{
    Healthy,
    Degraded,
    Unseeded,
    Unhealthy,
}

/// <param name="Status">healthy, degraded, unseeded or unhealthy.</param>
/// <param name="StorageReachable">Whether storage answered the last refresh in time.</param>
/// <param name="DataVersion">The data version served; null when nothing is loaded.</param>
/// <param name="DataUpdatedAt">When the stored data last changed.</param>
/// <param name="StorageAnsweredAt">When storage last answered a refresh.</param>
/// <param name="DataAgeSeconds">Seconds since storage last answered, so since the served data was last confirmed current.</param>
/// <param name="CheckedAt">When this report was made.</param>
/// <param name="Detail">What is wrong, when something is.</param>
public sealed record HealthReport(
    HealthStatus Status,
    bool StorageReachable,
    string? DataVersion,
    DateTimeOffset? DataUpdatedAt,
    DateTimeOffset? StorageAnsweredAt,
    double? DataAgeSeconds,
    DateTimeOffset CheckedAt,
    string? Detail);
