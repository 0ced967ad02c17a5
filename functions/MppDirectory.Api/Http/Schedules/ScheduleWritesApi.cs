using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Schedules;

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
            .AcceptsBody(typeof(ScheduleInput), "The weekly hours (or null), a note in both languages, and the citations that state them.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<MppDetail>();
        return routes;
    }

    public static Task<Results<Written<MppDetail>, ProblemHttpResult>> PutSchedule(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, [AsParameters] StewardWrite write) =>
        write.ChangeMppAsync(
            id,
            WriteBody.Json<ScheduleInput>("Invalid schedule", s => new ScheduleInputValidator(s.SourcesById)),
            IfMatchRule.Required,
            guard: null,
            (input, stored, _, stamp) =>
            {
                var updated = stored with { Hours = input.ToHours() };
                return new MppEdit(updated, MppChanges.Update(stored, updated, ["hours"], input.Citations!, stamp.Actor, "update", stamp.At, stamp.RequestId));
            },
            (mpp, snapshot) => mpp.AsDetail(snapshot, write.Clock.GetUtcNow(), write.Language));
}
