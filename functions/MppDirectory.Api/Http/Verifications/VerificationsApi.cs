using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Api.Http.Verifications;

/// <summary>
/// <c>POST /api/v1/mpps/{id}/verifications</c> and <c>POST /api/v1/mpps/{id}/counters/{counterId}/verifications</c>:
/// a steward confirms the MPP's record (or one counter) as still true without changing it. A write like every other
/// (scope, quota, the MPP's row conditional on its ETag, the change record in the same transaction), whose
/// If-Match is optional: a check does not depend on what the steward read, though one sent is honoured.
/// </summary>
public static class VerificationsApi
{
    private const string MppRoute = "/api/v1/mpps/{id}/verifications";
    private const string CounterRoute = "/api/v1/mpps/{id}/counters/{counterId}/verifications";

    public static RouteGroupBuilder MapVerifications(this RouteGroupBuilder routes)
    {
        routes.MapPost(MppRoute, VerifyMpp)
            .WithName("VerifyMpp")
            .WithTags("Stewardship")
            .WithSummary("Confirm an MPP's record as still true (a steward's check; nothing else changes)")
            .WithDescription("Records that a steward checked the MPP's own record today and found it still true: its verifiedAt becomes now "
                + "and verifiedBy the steward's registry id, so it is no longer due for a check until the verification period has passed. "
                + "A JSON body, which may be {}: optional citations (the sources it was checked against) and an optional short note, both kept "
                + "in the change record only. If-Match is optional (a stale one is 412). Needs a token with the role Directory.Write covering "
                + "the MPP. Answers the MPP with its new ETag; the change appears once in /api/v1/changes with the operation verify.")
            .AcceptsBody(typeof(VerificationInput), "Optionally, the sources the record was checked against and a short note; {} for neither.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .Produces<MppDetail>();
        routes.MapPost(CounterRoute, VerifyCounter)
            .WithName("VerifyMppCounter")
            .WithTags("Stewardship")
            .WithSummary("Confirm a counter of an MPP as still true (a steward's check; nothing else changes)")
            .WithDescription("Records that a steward checked one counter today and found it still true: its verifiedAt becomes now and "
                + "verifiedBy the steward's registry id. The body as for the MPP's verification ({}, or citations and a note). An ended "
                + "counter cannot be verified (409). If-Match is optional (the MPP's, its counters' or the counter's ETag; a stale one is 412). "
                + "Needs a token with the role Directory.Write covering the MPP. Answers the counter with its new ETag; the change appears "
                + "once in /api/v1/changes with the operation verify.")
            .AcceptsBody(typeof(VerificationInput), "Optionally, the sources the counter was checked against and a short note; {} for neither.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .Produces<CounterView>();
        return routes;
    }

    public static Task<Results<Written<MppDetail>, ProblemHttpResult>> VerifyMpp(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id,
        [AsParameters] StewardWrite write) =>
        write.ChangeMppAsync(
            id,
            Body,
            IfMatchRule.Optional,
            guard: stored => Verifications.Refusal(stored, null),
            (input, stored, _, stamp) => Verifications.Of(stored, null, input, stamp),
            (mpp, snapshot) => mpp.AsDetail(snapshot, write.Clock.GetUtcNow(), write.Language));

    public static Task<Results<Written<CounterView>, ProblemHttpResult>> VerifyCounter(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id,
        [Description("The counter's id within its MPP, e.g. e-ktp."), Example("e-ktp")] string counterId,
        [AsParameters] StewardWrite write) =>
        write.ChangeMppAsync(
            id,
            Body,
            IfMatchRule.Optional,
            guard: stored => Verifications.Refusal(stored, counterId),
            (input, stored, _, stamp) => Verifications.Of(stored, counterId, input, stamp),
            (mpp, snapshot) => mpp.Counters.Single(c => c.Id == counterId).AsView(mpp, snapshot, write.Clock.GetUtcNow(), write.Language));

    /// <summary>
    /// "Checked today" as the stewards' console posts it (no citations, no note; If-Match left out, since a check
    /// states nothing the steward read): the same edit, rules and audit as the routes. Answers the MPP's id.
    /// </summary>
    public static Task<Results<Written<string>, ProblemHttpResult>> VerifyAsGiven(string id, string? counterId, StewardWrite write) =>
        write.ChangeMppAsync(
            id,
            new System.Text.Json.Nodes.JsonObject(),
            Caching.IfMatch.Absent,
            Body,
            IfMatchRule.Optional,
            guard: stored => Verifications.Refusal(stored, counterId),
            (input, stored, _, stamp) => Verifications.Of(stored, counterId, input, stamp),
            (mpp, _) => mpp.Id);

    private static WriteBody<VerificationInput> Body { get; } =
        WriteBody.Json<VerificationInput>("Invalid verification", s => new VerificationInputValidator(s.SourcesById));
}
