using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// <c>POST /api/v1/mpps/{id}/observations</c>: a count a source reports on a date. Observations live in
/// the MPP's record, so the write is the MPP's row, the trail head and the change in one transaction.
/// </summary>
public static class ObservationWritesApi
{
    // A new count does not depend on what the writer read, so no If-Match: a race with another write is retried.
    private const int MaxAttempts = 3;

    public static RouteGroupBuilder MapObservationWrites(this RouteGroupBuilder routes)
    {
        routes.MapPost("/api/v1/mpps/{id}/observations", AddObservation)
            .WithName("AddObservation")
            .WithTags("Stewardship")
            .WithSummary("Record a count a source reports (a steward's cited write)")
            .WithDescription("A count a source reports on a date: metric (counters, agencies, service-types, service-units, daily-visitors, "
                + "national-rank, regional-rank), value, qualifier (reported, planned ...), observedOn with the date at the precision the source "
                + "gives and the source's own words, and citations (the first is kept with the count). Needs a token with the role "
                + "Directory.Write covering the MPP. Answers 201 with the MPP as it now is and its new ETag; the change appears once in /api/v1/changes.")
            .Accepts<JsonObject>(MppWritesApi.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .Produces<MppDetail>(StatusCodes.Status201Created)
            .WithCacheControl(CacheControl.NoStore);
        return routes;
    }

    public static async Task<IResult> AddObservation(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, HttpContext context, DirectoryReadModel directory,
        StewardedWrites writes, DirectoryStore store, PublicUrls urls, IOptions<JsonOptions> json, TimeProvider clock,
        Publishing.DatasetAutoPublisher datasets, ILogger<ObservationInput> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (body, bodyProblem) = await MppWritesApi.ReadBodyAsync(context.Request, MppWritesApi.Json, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var snapshot = await directory.GetAsync(cancellationToken);
        var (input, inputProblem) = await WriteInputs.ReadAsync(body, new ObservationInputValidator(snapshot.SourcesById), "Invalid observation", cancellationToken);
        if (input is null)
        {
            return inputProblem!;
        }

        var steward = Steward.Of(context);
        var observation = input.ToObservation();
        for (var attempt = 1; ; attempt++)
        {
            if (!MppWritesApi.IsId(id) || await writes.ReadMppAsync(id, cancellationToken) is not { } stored)
            {
                return ProblemResults.NotFound("MPP", id);
            }

            if (!steward.MayChange(stored.Mpp))
            {
                return ProblemResults.OutOfScope(id, steward.Scope);
            }

            var updated = stored.Mpp with { Observations = [.. stored.Mpp.Observations, observation] };
            var change = MppChanges.AddObservation(updated, observation, input.Citations!, steward.AsActor(), clock.GetUtcNow(), context.TraceIdentifier);
            if (await writes.ReplaceMppAsync(updated, stored.ETag, change, cancellationToken) is not null)
            {
                snapshot = await MppWritesApi.PublishAsync(id, directory, store, datasets, logger, snapshot, cancellationToken);
                context.Response.Headers.Location = urls.Absolute(MppMapping.SelfLink(id));
                return MppWritesApi.Answer(context, snapshot, updated, clock, json.Value, StatusCodes.Status201Created);
            }

            if (attempt == MaxAttempts)
            {
                return ProblemResults.PreconditionFailed(); // the MPP keeps changing under this write; try again
            }
        }
    }
}
