using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// <c>PUT</c> and <c>DELETE /api/v1/mpps/{id}/counters/{counterId}</c>: a counter stated or ended by a steward.
/// A counter is part of its MPP's revision, so both compare <c>If-Match</c> with the MPP's revision (the ETag of
/// the MPP, of its counters or of the counter) and commit the counter's row with the MPP's row, conditional
/// on the ETag it was read with, the trail head and the change, in one transaction.
/// </summary>
public static class CounterWritesApi
{
    private const string Route = "/api/v1/mpps/{id}/counters/{counterId}";

    // A new counter does not depend on what the writer read, so a race with another write is retried.
    private const int MaxAttempts = 3;

    public static RouteGroupBuilder MapCounterWrites(this RouteGroupBuilder routes)
    {
        routes.MapPut(Route, PutCounter)
            .WithName("PutMppCounter")
            .WithTags("Stewardship")
            .WithSummary("State a counter of an MPP (a steward's cited write)")
            .WithDescription("Creates or replaces one counter: agencyKind (an id of /api/v1/agencies), statedName as the source writes it, "
                + "agencyBasis (stated, or inferred from a service), status (serving, joining-later or possible), services (ids of /api/v1/services), "
                + "the counter's own weekly hours in the MPP's local time (null: the MPP's hours apply; spans may not overlap), and the citations, "
                + "which replace the counter's old ones. Replacing an existing counter needs If-Match with the ETag of the MPP, its counters or the "
                + "counter as read (its revision part); a new counter may be sent without it. Needs a token with the role Directory.Write covering "
                + "the MPP. Answers the counter (201 with Location when new) with its new ETag; the change appears once in /api/v1/changes.")
            .Accepts<JsonObject>(MppWritesApi.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<CounterView>()
            .Produces<CounterView>(StatusCodes.Status201Created)
            .WithCacheControl(CacheControl.NoStore);
        routes.MapDelete(Route, EndCounter)
            .WithName("EndMppCounter")
            .WithTags("Stewardship")
            .WithSummary("End a counter of an MPP (a steward's cited write; its history stays)")
            .WithDescription("Records that the counter stopped serving: a JSON body with ended (the date at the precision the source gives, "
                + "with its words) and citations. The counter is not removed: its status becomes ended, it keeps its record and citations, and "
                + "no hours apply to it. Needs If-Match with the MPP's or the counter's ETag (its revision part) and a token with the role "
                + "Directory.Write covering the MPP. Answers the ended counter with its new ETag; the change appears once in /api/v1/changes.")
            .Accepts<JsonObject>(MppWritesApi.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<CounterView>()
            .WithCacheControl(CacheControl.NoStore);
        return routes;
    }

    public static async Task<IResult> PutCounter(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id,
        [Description("The counter's id within its MPP, e.g. e-ktp."), Example("e-ktp")] string counterId,
        HttpContext context, DirectoryReadModel directory, StewardedWrites writes, DirectoryStore store, PublicUrls urls,
        IOptions<JsonOptions> json, TimeProvider clock, Publishing.DatasetAutoPublisher datasets, ILogger<CounterInput> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (body, bodyProblem) = await MppWritesApi.ReadBodyAsync(context.Request, MppWritesApi.Json, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var steward = Steward.Of(context);
        var seen = MppRevision.ReadIfMatch(context.Request.Headers.IfMatch);
        CounterInput? input = null;
        for (var attempt = 1; ; attempt++)
        {
            // Replacing a counter needs If-Match (what the writer saw); adding one does not.
            var (read, readProblem) = await MppWritesApi.ReadForChangeAsync(
                id, context, writes, steward, cancellationToken, needsIfMatch: mpp => mpp.Counters.Any(c => c.Id == counterId));
            if (read is not { } stored)
            {
                return readProblem!;
            }

            var existing = stored.Mpp.Counters.FirstOrDefault(c => c.Id == counterId);
            if (existing?.Status == CounterStatus.Ended)
            {
                return ProblemResults.AlreadyEnded(counterId, existing.Ended?.Value); // its record stays as it ended
            }

            if (input is null)
            {
                var snapshotNow = await directory.GetAsync(cancellationToken);
                var rules = new CounterInputValidator(counterId, snapshotNow.AgencyKindsById, snapshotNow.ServicesById, snapshotNow.SourcesById);
                (input, var inputProblem) = await WriteInputs.ReadAsync(body, rules, "Invalid counter", cancellationToken);
                if (input is null)
                {
                    return inputProblem!;
                }
            }

            var counter = input.ToCounter(counterId);
            if (existing is not null && System.Text.Json.JsonElement.DeepEquals(StewardedWrites.Json(existing), StewardedWrites.Json(counter)))
            {
                return AnswerCounter(context, await directory.GetAsync(cancellationToken), stored.Mpp, counterId, clock, json.Value, StatusCodes.Status200OK); // nothing to change
            }

            var updated = stored.Mpp with
            {
                Counters = existing is null ? [.. stored.Mpp.Counters, counter] : [.. stored.Mpp.Counters.Select(c => c.Id == counterId ? counter : c)],
            };
            var change = MppChanges.Counter(stored.Mpp, existing, counter, input.Citations!, steward.AsActor(), existing is null ? "create" : "update", clock.GetUtcNow(), context.TraceIdentifier);
            if (await writes.ReplaceMppAsync(updated, stored.ETag, [counterId], change, cancellationToken) is not null)
            {
                var snapshot = await MppWritesApi.PublishAsync(id, directory, store, datasets, logger, await directory.GetAsync(cancellationToken), cancellationToken);
                if (existing is null)
                {
                    context.Response.Headers.Location = urls.Absolute(MppMapping.CounterLink(id, counterId));
                }

                return AnswerCounter(context, snapshot, updated, counterId, clock, json.Value, existing is null ? StatusCodes.Status201Created : StatusCodes.Status200OK);
            }

            // With If-Match the writer's view is stale. Without, another write changed the MPP first: read again
            // (if it added this very counter, the next read asks for If-Match).
            if (seen.Present || attempt == MaxAttempts)
            {
                return ProblemResults.PreconditionFailed();
            }
        }
    }

    public static async Task<IResult> EndCounter(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id,
        [Description("The counter's id within its MPP, e.g. e-ktp."), Example("e-ktp")] string counterId,
        HttpContext context, DirectoryReadModel directory, StewardedWrites writes, DirectoryStore store,
        IOptions<JsonOptions> json, TimeProvider clock, Publishing.DatasetAutoPublisher datasets, ILogger<CounterEnding> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (body, bodyProblem) = await MppWritesApi.ReadBodyAsync(context.Request, MppWritesApi.Json, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var steward = Steward.Of(context);
        var (read, readProblem) = await MppWritesApi.ReadForChangeAsync(id, context, writes, steward, cancellationToken);
        if (read is not { } stored)
        {
            return readProblem!;
        }

        if (stored.Mpp.Counters.FirstOrDefault(c => c.Id == counterId) is not { } existing)
        {
            return ProblemResults.NotFound("counter", $"{id}/{counterId}");
        }

        if (existing.Status == CounterStatus.Ended)
        {
            return ProblemResults.AlreadyEnded(counterId, existing.Ended?.Value);
        }

        var snapshot = await directory.GetAsync(cancellationToken);
        var (input, inputProblem) = await WriteInputs.ReadAsync(body, new CounterEndingValidator(snapshot.SourcesById), "Invalid ending", cancellationToken);
        if (input is null)
        {
            return inputProblem!;
        }

        var ended = input.ApplyTo(existing);
        var updated = stored.Mpp with { Counters = [.. stored.Mpp.Counters.Select(c => c.Id == counterId ? ended : c)] };
        var change = MppChanges.Counter(stored.Mpp, existing, ended, input.Citations!, steward.AsActor(), "end", clock.GetUtcNow(), context.TraceIdentifier);
        if (await writes.ReplaceMppAsync(updated, stored.ETag, [counterId], change, cancellationToken) is null)
        {
            return ProblemResults.PreconditionFailed();
        }

        snapshot = await MppWritesApi.PublishAsync(id, directory, store, datasets, logger, snapshot, cancellationToken);
        return AnswerCounter(context, snapshot, updated, counterId, clock, json.Value, StatusCodes.Status200OK);
    }

    private static IResult AnswerCounter(HttpContext context, DirectorySnapshot snapshot, Mpp written, string counterId, TimeProvider clock, JsonOptions json, int status) =>
        MppWritesApi.Answer(
            context, snapshot, written, clock, json,
            (mpp, now, language) => mpp.Counters.Single(c => c.Id == counterId).AsView(mpp, snapshot, now, language),
            status);
}
