using System.ComponentModel;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>Stewards' writes of MPPs: authenticated, validated, cited, conditional on what the steward saw, audited.</summary>
public static partial class MppWritesApi
{
    public const string MergePatch = "application/merge-patch+json";
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
            .RequireAuthorization(StewardAuthentication.WritePolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<MppDetail>();
        return routes;
    }

    public static async Task<IResult> PatchMpp(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, HttpContext context, DirectoryReadModel directory, StewardedWrites writes, DirectoryStore store,
        IOptions<JsonOptions> json, TimeProvider clock, Publishing.DatasetAutoPublisher datasets, ILogger<MppPatch> logger)
    {
        var cancellationToken = context.RequestAborted;
        if (!string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), MergePatch, StringComparison.OrdinalIgnoreCase))
        {
            return ProblemResults.UnsupportedMediaType(MergePatch);
        }

        var (body, bodyProblem) = await ReadBodyAsync(context.Request, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        if (MppRevision.FromIfMatch(context.Request.Headers.IfMatch) is not { } seen)
        {
            return ProblemResults.PreconditionRequired();
        }

        var snapshot = await directory.GetAsync(cancellationToken);
        if (await writes.ReadMppAsync(id, cancellationToken) is not { } stored)
        {
            return ProblemResults.NotFound("MPP", id);
        }

        var steward = Steward.Of(context.User);
        if (!steward.MayChange(stored.Mpp))
        {
            return ProblemResults.OutOfScope(id, steward.Scope);
        }

        if (MppRevision.Of(stored.Mpp) != seen)
        {
            return ProblemResults.PreconditionFailed();
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

            datasets.WriteCommitted();

            // Readers on this instance see the change at once; other instances at their next version check.
            // The change is committed: a failure to publish it is logged, not answered as a failed write.
            try
            {
                await store.PublishCurrentAsync(cancellationToken);
                await directory.RefreshAsync(cancellationToken);
                snapshot = await directory.GetAsync(cancellationToken);
            }
            catch (Exception ex) when (Storage.StorageFailure.Is(ex) || ex is IOException)
            {
                LogNotPublished(logger, ex, id);
            }
        }

        var current = snapshot.MppsById.TryGetValue(id, out var loaded) && MppRevision.Of(loaded) == MppRevision.Of(updated) ? loaded : updated;
        var language = Localization.RequestLanguage.Of(context.Request);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(current.AsDetail(snapshot, clock.GetUtcNow(), language), json.Value.SerializerOptions);
        context.Response.Headers.ETag = $"\"{MppRevision.Of(current)}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..24]}\"";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentLanguage = language.Code();
        return Results.Bytes(bytes, "application/json");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change of {Mpp} is committed, but its data version is not published yet; the next write or seed publishes it")]
    private static partial void LogNotPublished(ILogger logger, Exception exception, string mpp);

    private static async Task<(JsonNode? Body, IResult? Problem)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await RequestBodies.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } bytes)
        {
            return (null, ProblemResults.TooLarge(MaxBodyBytes));
        }

        try
        {
            return (JsonNode.Parse(bytes), null);
        }
        catch (JsonException ex)
        {
            return (null, ProblemResults.MalformedJson(ex.Message));
        }
    }
}
