using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Counters;

/// <summary>
/// <c>PUT</c> and <c>DELETE /api/v1/mpps/{id}/counters/{counterId}</c>: a counter stated or ended by a steward.
/// A counter is part of its MPP's revision, so both compare <c>If-Match</c> with the MPP's revision (the ETag of
/// the MPP, of its counters or of the counter) and commit the counter's row with the MPP's row, conditional
/// on the ETag it was read with, the trail head and the change, in one transaction.
/// </summary>
public static class CounterWritesApi
{
    private const string Route = "/api/v1/mpps/{id}/counters/{counterId}";

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
            .AcceptsBody(typeof(CounterInput), "The counter's own fields, its hours (or null) and the citations that state them.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<CounterView>()
            .Produces<CounterView>(StatusCodes.Status201Created);
        routes.MapDelete(Route, EndCounter)
            .WithName("EndMppCounter")
            .WithTags("Stewardship")
            .WithSummary("End a counter of an MPP (a steward's cited write; its history stays)")
            .WithDescription("Records that the counter stopped serving: a JSON body with ended (the date at the precision the source gives, "
                + "with its words) and citations. The counter is not removed: its status becomes ended, it keeps its record and citations, and "
                + "no hours apply to it. Needs If-Match with the MPP's or the counter's ETag (its revision part) and a token with the role "
                + "Directory.Write covering the MPP. Answers the ended counter with its new ETag; the change appears once in /api/v1/changes.")
            .AcceptsBody(typeof(CounterEnding), "When the counter stopped serving, and the citations that say so.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<CounterView>();
        return routes;
    }

    /// <summary>Replacing a counter needs If-Match (what the writer saw); adding one does not, and a race with another write is retried.</summary>
    public static Task<Results<Written<CounterView>, ProblemHttpResult>> PutCounter(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id,
        [Description("The counter's id within its MPP, e.g. e-ktp."), Example("e-ktp")] string counterId,
        [AsParameters] StewardWrite write) =>
        write.ChangeMppAsync(
            id,
            WriteBody.Json<CounterInput>("Invalid counter", s => new CounterInputValidator(counterId, s.AgencyKindsById, s.ServicesById, s.SourcesById)),
            IfMatchRule.When(mpp => mpp.Counters.Any(c => c.Id == counterId)),
            guard: mpp => NotEnded(mpp.Counters.FirstOrDefault(c => c.Id == counterId)),
            (input, stored, _, stamp) =>
            {
                var existing = stored.Counters.FirstOrDefault(c => c.Id == counterId);
                // A restatement keeps the counter's last check: a verification is not one of the fields a PUT states.
                var counter = input.ToCounter(counterId) with { Verified = existing?.Verified };
                if (existing is not null && JsonElement.DeepEquals(AuditedWrites.Json(existing), AuditedWrites.Json(counter)))
                {
                    return MppEdit.Unchanged;
                }

                var updated = stored with { Counters = existing is null ? [.. stored.Counters, counter] : [.. stored.Counters.Select(c => c.Id == counterId ? counter : c)] };
                var change = MppChanges.Counter(stored, existing, counter, input.Citations!, stamp.Actor, existing is null ? "create" : "update", stamp.At, stamp.RequestId);
                return new MppEdit(updated, change, [counterId]) { Created = existing is null ? MppMapping.CounterLink(id, counterId) : null };
            },
            (mpp, snapshot) => AnswerCounter(write, mpp, snapshot, counterId));

    public static Task<Results<Written<CounterView>, ProblemHttpResult>> EndCounter(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id,
        [Description("The counter's id within its MPP, e.g. e-ktp."), Example("e-ktp")] string counterId,
        [AsParameters] StewardWrite write) =>
        write.ChangeMppAsync(
            id,
            WriteBody.Json<CounterEnding>("Invalid ending", s => new CounterEndingValidator(s.SourcesById)),
            IfMatchRule.Required,
            guard: mpp => mpp.Counters.FirstOrDefault(c => c.Id == counterId) is { } existing ? NotEnded(existing) : ProblemResults.NotFound("counter", $"{id}/{counterId}"),
            (input, stored, _, stamp) =>
            {
                var existing = stored.Counters.Single(c => c.Id == counterId);
                var ended = input.ApplyTo(existing);
                var updated = stored with { Counters = [.. stored.Counters.Select(c => c.Id == counterId ? ended : c)] };
                return new MppEdit(updated, MppChanges.Counter(stored, existing, ended, input.Citations!, stamp.Actor, "end", stamp.At, stamp.RequestId), [counterId]);
            },
            (mpp, snapshot) => AnswerCounter(write, mpp, snapshot, counterId));

    /// <summary>An ended counter keeps its record as it ended: no write changes it.</summary>
    private static ProblemHttpResult? NotEnded(Counter? counter) =>
        counter?.Status == CounterStatus.Ended ? ProblemResults.AlreadyEnded(counter.Id, counter.Ended?.Value) : null;

    private static CounterView AnswerCounter(StewardWrite write, Mpp mpp, ReadModel.DirectorySnapshot snapshot, string counterId) =>
        mpp.Counters.Single(c => c.Id == counterId).AsView(mpp, snapshot, write.Clock.GetUtcNow(), write.Language);
}
