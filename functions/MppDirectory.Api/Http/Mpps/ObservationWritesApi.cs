using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>
/// <c>POST /api/v1/mpps/{id}/observations</c>: a count a source reports on a date. Observations live in
/// the MPP's record, so the write is the MPP's row, the trail head and the change in one transaction.
/// </summary>
public static class ObservationWritesApi
{
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
            .AcceptsBody(typeof(ObservationInput), "The count, its date and the citations that support it.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .Produces<MppDetail>(StatusCodes.Status201Created);
        return routes;
    }

    /// <summary>A new count does not depend on what the writer read, so it needs no If-Match (a race with another write is retried).</summary>
    public static Task<Results<Written<MppDetail>, ProblemHttpResult>> AddObservation(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, [AsParameters] StewardWrite write) =>
        write.ChangeMppAsync(
            id,
            WriteBody.Json<ObservationInput>("Invalid observation", s => new ObservationInputValidator(s.SourcesById)),
            IfMatchRule.Optional,
            guard: null,
            (input, stored, _, stamp) =>
            {
                var observation = input.ToObservation();
                var updated = stored with { Observations = [.. stored.Observations, observation] };
                var change = MppChanges.AddObservation(updated, observation, input.Citations!, stamp.Actor, stamp.At, stamp.RequestId);
                return new MppEdit(updated, change) { Created = MppMapping.SelfLink(id) }; // a count has no address of its own: the MPP's
            },
            (mpp, snapshot) => mpp.AsDetail(snapshot, write.Clock.GetUtcNow(), write.Language));
}
