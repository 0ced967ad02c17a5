using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Suggestions;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>Stewards' writes of MPPs: authenticated, validated, cited, conditional on what the steward saw, audited.</summary>
public static class MppWritesApi
{
    public static RouteGroupBuilder MapMppWrites(this RouteGroupBuilder routes)
    {
        routes.MapPatch("/api/v1/mpps/{id}", PatchMpp)
            .WithName("PatchMpp")
            .WithTags("Stewardship")
            .WithSummary("Correct an MPP's own fields (a steward's cited write)")
            .WithDescription("A JSON merge patch (application/merge-patch+json) of name, address, venue, floors and regency.code, "
                + "with citations: [{ source, quote }] naming registered sources. Needs a bearer token with the role Directory.Write "
                + "(a scoped token only for its regions or MPPs) and If-Match with the ETag of the MPP as read (its revision part). "
                + "Answers the MPP as it now is, with its new ETag; the change appears once in /api/v1/changes. "
                + "A write that answers a resident's suggestion names it (suggestion: its id; open, and about this MPP, else 422): "
                + "the change record links it, and once the write is committed the suggestion is marked accepted and its contact email deleted.")
            .AcceptsBody(typeof(MppPatch), "The fields to change (JSON merge patch) and the citations that support the change.", WriteMediaTypes.MergePatch)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<MppDetail>();
        routes.MapPost("/api/v1/mpps", CreateMpp)
            .WithName("CreateMpp")
            .WithTags("Stewardship")
            .WithSummary("Register a new MPP (a steward's cited write)")
            .WithDescription("The MPP's readable id (a slug no MPP has), name and regency.code, optionally address, venue and floors, "
                + "with citations: [{ source, quote }] naming registered sources. It starts as planned with no counters. Needs a bearer token "
                + "with the role Directory.Write (a scoped token only within its regions). Answers 201 with the MPP, its Location and ETag; "
                + "the change appears once in /api/v1/changes, and a dataset version follows.")
            .AcceptsBody(typeof(MppDraft), "The new MPP's fields and the citations that support them.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<MppDetail>(StatusCodes.Status201Created);
        return routes;
    }

    /// <summary>
    /// A patch that names a suggestion but changes nothing is answered as unchanged and leaves the suggestion open: no
    /// change would link it (a steward who finds the record right already rejects it, saying so).
    /// </summary>
    public static Task<Results<Written<MppDetail>, ProblemHttpResult>> PatchMpp(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, [AsParameters] StewardWrite write,
        [FromServices] SuggestionStore suggestions) =>
        write.ChangeMppAsync(id, PatchBody(id, suggestions), IfMatchRule.Required, guard: null, ApplyPatch(write, suggestions), View(write));

    /// <summary>The same patch as a form gives it (the stewards' console): its JSON and the revision the steward edited.</summary>
    public static Task<Results<Written<MppDetail>, ProblemHttpResult>> PatchMppAsGiven(string id, JsonNode json, IfMatch seen, StewardWrite write, SuggestionStore suggestions) =>
        write.ChangeMppAsync(id, json, seen, PatchBody(id, suggestions), IfMatchRule.Required, guard: null, ApplyPatch(write, suggestions), View(write));

    /// <summary>How a patch of MPP <paramref name="id"/> is read and checked: its shape, then its rules against the directory as loaded (and the suggestion it answers, if any).</summary>
    public static WriteBody<MppPatch> PatchBody(string id, SuggestionStore suggestions) => new(
        WriteMediaTypes.MergePatch, "Invalid patch", MppPatch.Parse,
        s => new MppPatchValidator(s.RegionsByCode, s.SourcesById, (suggestion, cancellationToken) => SuggestionsApi.AnswerProblemAsync(suggestions, id, suggestion, cancellationToken)));

    private static Func<MppPatch, Domain.Records.Mpp, ReadModel.DirectorySnapshot, WriteStamp, MppEdit> ApplyPatch(StewardWrite write, SuggestionStore suggestions) =>
        (patch, stored, snapshot, stamp) =>
        {
            var updated = patch.ApplyTo(stored, snapshot.RegionsByCode, out var changed);
            return changed.Count == 0
                ? MppEdit.Unchanged
                : new MppEdit(updated, MppChanges.Update(stored, updated, changed, patch.Citations, stamp.Actor, "update", stamp.At, stamp.RequestId) with { Suggestion = patch.Suggestion })
                {
                    Committed = patch.Suggestion is { } answered ? change => SuggestionsApi.MarkAnsweredAsync(suggestions, write.Logger, answered, change) : null,
                };
        };

    private static Func<Domain.Records.Mpp, ReadModel.DirectorySnapshot, MppDetail> View(StewardWrite write) =>
        (mpp, snapshot) => mpp.AsDetail(snapshot, write.Clock.GetUtcNow(), write.Language);

    public static Task<Results<Written<MppDetail>, ProblemHttpResult>> CreateMpp([AsParameters] StewardWrite write) =>
        write.CreateAsync(
            new WriteBody<MppDraft>(WriteMediaTypes.Json, "Invalid MPP", MppDraft.Parse, s => new MppDraftValidator(s.MppsById.ContainsKey, s.RegionsByCode, s.SourcesById)),
            (draft, snapshot, stamp) =>
            {
                var created = draft.ToMpp(snapshot.RegionsByCode, out var fields);
                var change = MppChanges.Create(created, fields, draft.Fields.Citations, stamp.Actor, stamp.At, stamp.RequestId);
                return new Creation<MppDetail>(
                    "MPP", created.Id, MppMapping.SelfLink(created.Id),
                    (writes, cancellationToken) => writes.AddMppAsync(created, change, cancellationToken),
                    loaded => (StewardWrite.Current(loaded, created).AsDetail(loaded, write.Clock.GetUtcNow(), write.Language), MppRevision.Of(created)))
                {
                    Refused = write.Steward.MayChange(created) ? null : ProblemResults.OutOfScope(created.Id, write.Steward.Scope),
                };
            });
}
