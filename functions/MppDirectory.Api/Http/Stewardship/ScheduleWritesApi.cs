using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// <c>PUT /api/v1/mpps/{id}/schedule</c>: the MPP's own opening hours as a source states them. The hours
/// live in the MPP's record, so the write is the MPP's row (conditional on <c>If-Match</c>), the trail
/// head and the change in one transaction, like a PATCH.
/// </summary>
public static class ScheduleWritesApi
{
    public static RouteGroupBuilder MapScheduleWrites(this RouteGroupBuilder routes)
    {
        routes.MapPut("/api/v1/mpps/{id}/schedule", PutSchedule)
            .WithName("PutMppSchedule")
            .WithTags("Stewardship")
            .WithSummary("State an MPP's opening hours (a steward's cited write)")
            .WithDescription("The MPP's weekly hours in its local time (days with spans, dated exceptions, validity, whether holidays close it), "
                + "or null when no source states hours after all; an optional note in Indonesian and English ({ id, en }); and the citations "
                + "that state them, which replace the old hours' citations. Spans may not overlap and ranges may not be reversed. Needs If-Match "
                + "with the MPP's ETag (its revision part) and a token with the role Directory.Write covering the MPP. Counters' own hours are not "
                + "written here. Answers the MPP as it now is, with its new ETag; the change appears once in /api/v1/changes.")
            .Accepts<JsonObject>(MppWritesApi.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<MppDetail>()
            .WithCacheControl(CacheControl.NoStore);
        return routes;
    }

    public static async Task<IResult> PutSchedule(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, HttpContext context, DirectoryReadModel directory,
        StewardedWrites writes, DirectoryStore store, IOptions<JsonOptions> json, TimeProvider clock,
        Publishing.DatasetAutoPublisher datasets, ILogger<ScheduleInput> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (body, bodyProblem) = await MppWritesApi.ReadBodyAsync(context.Request, MppWritesApi.Json, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var snapshot = await directory.GetAsync(cancellationToken);
        var steward = Steward.Of(context);
        var (read, readProblem) = await MppWritesApi.ReadForChangeAsync(id, context, writes, steward, cancellationToken);
        if (read is not { } stored)
        {
            return readProblem!;
        }

        var (input, inputProblem) = await WriteInputs.ReadAsync(body, new ScheduleInputValidator(snapshot.SourcesById), "Invalid schedule", cancellationToken);
        if (input is null)
        {
            return inputProblem!;
        }

        var updated = stored.Mpp with { Hours = input.ToHours() };
        var change = MppChanges.Update(stored.Mpp, updated, ["hours"], input.Citations!, steward.AsActor(), "update", clock.GetUtcNow(), context.TraceIdentifier);
        if (await writes.ReplaceMppAsync(updated, stored.ETag, change, cancellationToken) is null)
        {
            return ProblemResults.PreconditionFailed();
        }

        snapshot = await MppWritesApi.PublishAsync(id, directory, store, datasets, logger, snapshot, cancellationToken);
        return MppWritesApi.Answer(context, snapshot, updated, clock, json.Value);
    }
}
