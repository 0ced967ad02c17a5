using MppDirectory.Api.Http.Caching;
using MppDirectory.Domain;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>Stewards' writes of MPPs: authenticated, validated, cited, conditional on what the steward saw, audited.</summary>
public static partial class MppWritesApi
{
    public const string MergePatch = "application/merge-patch+json";

    public const string Json = "application/json";
    public const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapMppWrites(this RouteGroupBuilder routes)
    {
        routes.MapPatch("/api/v1/mpps/{id}", PatchMpp)
            .WithName("PatchMpp")
            .WithTags("Stewardship")
            .WithSummary("Correct an MPP's own fields (a steward's cited write)")
            .WithDescription("A JSON merge patch (application/merge-patch+json) of name, address, venue, floors and regency.code, "
                + "with citations: [{ source, quote }] naming registered sources. Needs a bearer token with the role Directory.Write "
                + "(a scoped token only for its regions or MPPs) and If-Match with the ETag of the MPP as read (its revision part). "
                + "Answers the MPP as it now is, with its new ETag; the change appears once in /api/v1/changes.")
            .Accepts<JsonObject>(MergePatch)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<MppDetail>()
            .WithCacheControl(CacheControl.NoStore);
        routes.MapPost("/api/v1/mpps", CreateMpp)
            .WithName("CreateMpp")
            .WithTags("Stewardship")
            .WithSummary("Register a new MPP (a steward's cited write)")
            .WithDescription("The MPP's readable id (a slug no MPP has), name and regency.code, optionally address, venue and floors, "
                + "with citations: [{ source, quote }] naming registered sources. It starts as planned with no counters. Needs a bearer token "
                + "with the role Directory.Write (a scoped token only within its regions). Answers 201 with the MPP, its Location and ETag; "
                + "the change appears once in /api/v1/changes, and a dataset version follows.")
            .Accepts<JsonObject>(Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<MppDetail>(StatusCodes.Status201Created)
            .WithCacheControl(CacheControl.NoStore);
        return routes;
    }

    public static async Task<IResult> PatchMpp(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, HttpContext context, DirectoryReadModel directory, StewardedWrites writes, DirectoryStore store,
        IOptions<JsonOptions> json, TimeProvider clock, Publishing.DatasetAutoPublisher datasets, ILogger<MppPatch> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (body, bodyProblem) = await ReadBodyAsync(context.Request, MergePatch, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var snapshot = await directory.GetAsync(cancellationToken);
        var steward = Steward.Of(context);
        var (read, readProblem) = await ReadForChangeAsync(id, context, writes, steward, cancellationToken);
        if (read is not { } stored)
        {
            return readProblem!;
        }

        var (patch, shapeErrors) = MppPatch.Parse(body);
        if (patch is null)
        {
            return ProblemResults.InvalidParameters(shapeErrors, "Invalid patch");
        }

        var validation = await new MppPatchValidator(snapshot.RegionsByCode, snapshot.SourcesById).ValidateAsync(patch, cancellationToken);
        if (!validation.IsValid)
        {
            return ProblemResults.Unprocessable(ProblemResults.ByField(validation.Errors));
        }

        var updated = patch.ApplyTo(stored.Mpp, snapshot.RegionsByCode, out var changed);
        if (!steward.MayChange(updated))
        {
            return ProblemResults.OutOfScope(id, steward.Scope); // a scoped steward may not move an MPP out of their region
        }

        if (changed.Count > 0)
        {
            var change = MppChanges.Update(stored.Mpp, updated, changed, patch.Citations, steward.AsActor(), "update", clock.GetUtcNow(), context.TraceIdentifier);
            if (await writes.ReplaceMppAsync(updated, stored.ETag, change, cancellationToken) is null)
            {
                return ProblemResults.PreconditionFailed();
            }

            snapshot = await PublishAsync(id, directory, store, datasets, logger, snapshot, cancellationToken);
        }

        return Answer(context, snapshot, updated, clock, json.Value);
    }

    public static async Task<IResult> CreateMpp(
        HttpContext context, DirectoryReadModel directory, StewardedWrites writes, DirectoryStore store, PublicUrls urls,
        IOptions<JsonOptions> json, TimeProvider clock, Publishing.DatasetAutoPublisher datasets, ILogger<MppPatch> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (body, bodyProblem) = await ReadBodyAsync(context.Request, Json, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var (draft, shapeErrors) = MppDraft.Parse(body);
        if (draft is null)
        {
            return ProblemResults.InvalidParameters(shapeErrors, "Invalid MPP");
        }

        var snapshot = await directory.GetAsync(cancellationToken);
        var failures = (await new MppDraftValidator(snapshot.MppsById.ContainsKey).ValidateAsync(draft, cancellationToken)).Errors
            .Concat((await new MppPatchValidator(snapshot.RegionsByCode, snapshot.SourcesById).ValidateAsync(draft.Fields, cancellationToken)).Errors)
            .ToList();
        if (failures.Count > 0)
        {
            return ProblemResults.Unprocessable(ProblemResults.ByField(failures));
        }

        var created = draft.ToMpp(snapshot.RegionsByCode, out var fields);
        var steward = Steward.Of(context);
        if (!steward.MayChange(created))
        {
            return ProblemResults.OutOfScope(created.Id, steward.Scope);
        }

        var change = MppChanges.Create(created, fields, draft.Fields.Citations, steward.AsActor(), clock.GetUtcNow(), context.TraceIdentifier);
        if (await writes.AddMppAsync(created, change, cancellationToken) is null)
        {
            return ProblemResults.AlreadyExists("MPP", created.Id); // created meanwhile by another writer
        }

        snapshot = await PublishAsync(created.Id, directory, store, datasets, logger, snapshot, cancellationToken);
        context.Response.Headers.Location = urls.Absolute(MppMapping.SelfLink(created.Id));
        return Answer(context, snapshot, created, clock, json.Value, StatusCodes.Status201Created);
    }

    /// <summary>
    /// After a committed write: the new data version is published and loaded, so readers on this instance
    /// see it at once (others at their next version check), and a dataset version will follow. The change
    /// is committed either way: a failure to publish it is logged, not answered as a failed write.
    /// </summary>
    internal static async Task<DirectorySnapshot> PublishAsync(
        string id, DirectoryReadModel directory, DirectoryStore store, Publishing.DatasetAutoPublisher datasets, ILogger logger,
        DirectorySnapshot snapshot, CancellationToken cancellationToken)
    {
        datasets.WriteCommitted();
        try
        {
            await store.PublishCurrentAsync(cancellationToken);
            await directory.RefreshAsync(cancellationToken);
            return await directory.GetAsync(cancellationToken);
        }
        catch (Exception ex) when (Storage.StorageFailure.Is(ex) || ex is IOException)
        {
            LogNotPublished(logger, ex, id);
            return snapshot;
        }
    }

    /// <summary>The MPP as it now is, with the ETag a read of it gives, never cached.</summary>
    internal static IResult Answer(HttpContext context, DirectorySnapshot snapshot, Mpp written, TimeProvider clock, JsonOptions json, int status = StatusCodes.Status200OK) =>
        Answer(context, snapshot, written, clock, json, (mpp, now, language) => mpp.AsDetail(snapshot, now, language), status);

    /// <summary>
    /// What a write of an MPP (or a part of it: <paramref name="view"/>) answers: the view of the MPP as it now
    /// is, as loaded when this instance has loaded the write, with the ETag a read gives (its revision first),
    /// never cached.
    /// </summary>
    internal static IResult Answer<T>(
        HttpContext context, DirectorySnapshot snapshot, Mpp written, TimeProvider clock, JsonOptions json, Func<Mpp, DateTimeOffset, Language, T> view, int status = StatusCodes.Status200OK)
    {
        var current = snapshot.MppsById.TryGetValue(written.Id, out var loaded) && MppRevision.Of(loaded) == MppRevision.Of(written) ? loaded : written;
        var language = Localization.RequestLanguage.Of(context.Request);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(view(current, clock.GetUtcNow(), language), json.SerializerOptions.TypeInfo<T>());
        context.Response.Headers.ETag = Caching.EntityTags.Of(bytes, MppRevision.Of(current));
        context.Response.Headers.CacheControl = Caching.CacheControl.NoStore;
        context.Response.Headers.ContentLanguage = language.Code();
        context.Response.StatusCode = status;
        return Results.Bytes(bytes, Json);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change of {Mpp} is committed, but its data version is not published yet; the next write or seed publishes it")]
    private static partial void LogNotPublished(ILogger logger, Exception exception, string mpp);

    /// <summary>A write's JSON body: of <paramref name="mediaType"/> (415), at most 64 KB (413), well-formed (400).</summary>
    internal static async Task<(JsonNode? Body, IResult? Problem)> ReadBodyAsync(HttpRequest request, string mediaType, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), mediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, ProblemResults.UnsupportedMediaType(mediaType));
        }

        if (await RequestBodies.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } bytes)
        {
            return (null, ProblemResults.TooLarge(MaxBodyBytes));
        }

        try
        {
            return (JsonNode.Parse(bytes, documentOptions: StrictJson.Document), null);
        }
        catch (JsonException ex)
        {
            return (null, ProblemResults.MalformedJson(ex.Message));
        }
    }

    /// <summary>
    /// Whether a path's id can name a record: a slug. Anything else (a counter's or the trail's row key,
    /// characters storage refuses) names nothing and never reaches storage.
    /// </summary>
    internal static bool IsId(string id) => id.Length <= MppDraft.MaxIdLength && MppDraft.Slug().IsMatch(id);

    /// <summary>
    /// What a write of an existing MPP checks before it looks at its body's values: <c>If-Match</c> is
    /// there (428; 400 when it is no list of entity tags), the MPP exists (404), the steward's scope covers it (403), and it is still the MPP
    /// the writer read (412). A write that needs <c>If-Match</c> only for some states of the MPP (a counter
    /// that exists already) says which with <paramref name="needsIfMatch"/>. The stored MPP and its ETag, or the problem.
    /// </summary>
    internal static async Task<((Mpp Mpp, Azure.ETag ETag)? Stored, IResult? Problem)> ReadForChangeAsync(
        string id, HttpContext context, StewardedWrites writes, Steward steward, CancellationToken cancellationToken, Func<Mpp, bool>? needsIfMatch = null)
    {
        var seen = MppRevision.ReadIfMatch(context.Request.Headers.IfMatch);
        if (seen.Kind == IfMatchKind.Malformed)
        {
            return (null, ProblemResults.MalformedIfMatch());
        }

        if (seen.Kind is IfMatchKind.Absent or IfMatchKind.Any && needsIfMatch is null)
        {
            return (null, ProblemResults.PreconditionRequired());
        }

        if (!IsId(id) || await writes.ReadMppAsync(id, cancellationToken) is not { } stored)
        {
            return (null, ProblemResults.NotFound("MPP", id));
        }

        if (!steward.MayChange(stored.Mpp))
        {
            return (null, ProblemResults.OutOfScope(id, steward.Scope));
        }

        if (seen.Kind is IfMatchKind.Absent or IfMatchKind.Any)
        {
            return needsIfMatch!(stored.Mpp) ? (null, ProblemResults.PreconditionRequired()) : (stored, null);
        }

        // A well-formed tag that names no revision of this MPP (another resource's, a made-up one) is as stale as an old one.
        return seen.Matches(MppRevision.Of(stored.Mpp)) ? (stored, null) : (null, ProblemResults.PreconditionFailed());
    }
}
