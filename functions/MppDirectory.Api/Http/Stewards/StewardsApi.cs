using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewards;

/// <summary>
/// <c>/api/v1/stewards</c>: the steward registry, for directory admins only. Entra ID's app roles say whether a
/// token may write (Directory.Write) or administer (Directory.Admin); the registry says who is a steward at all
/// and where they may write. Every registration and change is in the public change feed as
/// <c>stewards/{id}</c> with the role, scope and whether active, never who the steward is. An admin needs no
/// registry entry to manage it (the first admin registers the first steward), and is named in the feed by
/// their own entry's id when they have one.
/// </summary>
public static class StewardsApi
{
    private const string Route = "/api/v1/stewards";
    private static readonly string[] Roles = [StewardRoles.Write, StewardRoles.Admin];

    public static RouteGroupBuilder MapStewards(this RouteGroupBuilder routes)
    {
        routes.MapGet(Route, ListStewards)
            .WithName("ListStewards")
            .WithTags("Stewardship")
            .WithSummary("The steward registry (directory admins only)")
            .WithDescription("Every registered steward: public id, the issuer and object id of their account, role, scope (MPP ids, province or "
                + "regency codes, or national), whether active, name, and who registered or last changed them when. Needs a token with the role Directory.Admin. Never cached.")
            .AsRegistryRoute()
            .Produces<StewardList>();
        routes.MapGet(Route + "/{id}", GetSteward)
            .WithName("GetSteward")
            .WithTags("Stewardship")
            .WithSummary("One registered steward (directory admins only)")
            .WithDescription("As in the list, with the ETag a change (PATCH) sends in If-Match. Needs a token with the role Directory.Admin.")
            .AsRegistryRoute()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<StewardView>();
        routes.MapPost(Route, RegisterSteward)
            .WithName("RegisterSteward")
            .WithTags("Stewardship")
            .WithSummary("Register a steward (directory admins only)")
            .WithDescription("objectId (the oid of their Entra ID account), issuer (left out: the admin's own token issuer), role "
                + "(Directory.Write or Directory.Admin), scope (at least one of: MPP ids, province codes such as 33, regency codes such as 33.75, "
                + "or national alone) and an optional name. A token whose subject is not registered and active may not write. Answers 201 with "
                + "the entry, its Location and ETag; the change appears in /api/v1/changes without personal data.")
            .AcceptsBody(typeof(StewardInput), "The steward's account (object id, issuer), role, scope and name.", WriteMediaTypes.Json)
            .AsRegistryRoute()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .Produces<StewardView>(StatusCodes.Status201Created);
        routes.MapPatch(Route + "/{id}", PatchSteward)
            .WithName("PatchSteward")
            .WithTags("Stewardship")
            .WithSummary("Change a steward's role, scope, name or whether active (directory admins only)")
            .WithDescription("A JSON merge patch (application/merge-patch+json) of role, scope, active and name, with If-Match "
                + "the ETag of the entry as read. A steward made inactive writes no more from the next request on. The change appears in /api/v1/changes.")
            .AcceptsBody(typeof(StewardPatch), "The fields to change (JSON merge patch): role, scope, active, name.", WriteMediaTypes.MergePatch)
            .AsRegistryRoute()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .Produces<StewardView>();
        return routes;
    }

    public static async Task<Written<StewardList>> ListStewards(HttpContext context, StewardRegistry registry)
    {
        var entries = await registry.ListAsync(context.RequestAborted);
        return Answer(new StewardList([.. entries.OrderBy(e => e.RegisteredAt).ThenBy(e => e.Id, StringComparer.Ordinal).Select(StewardView.Of)]));
    }

    public static async Task<Results<Written<StewardView>, ProblemHttpResult>> GetSteward(
        [Description("The steward's public id, e.g. steward-3f9a0c12d4e5."), Example("steward-3f9a0c12d4e5")] string id, HttpContext context, StewardRegistry registry) =>
        await registry.FindByIdAsync(id, context.RequestAborted) is var (entry, _) ? Answer(StewardView.Of(entry)) : ProblemResults.NotFound("steward", id);

    /// <summary>Through the write pipeline's steps, not its whole: the registry is not the directory, so nothing is published.</summary>
    public static async Task<Results<Written<StewardView>, ProblemHttpResult>> RegisterSteward([AsParameters] StewardWrite write, StewardRegistry registry)
    {
        var (input, _, problem) = await write.ReadInputAsync(WriteBody.Json<StewardInput>("Invalid steward", s => new StewardInputValidator(Roles, s.RegionsByCode.ContainsKey)));
        if (input is null)
        {
            return problem!;
        }

        var admin = await AdminAsync(write.Context, registry);
        var now = write.Clock.GetUtcNow();
        var entry = new StewardEntry(
            StewardRegistry.NewId(), input.Issuer ?? Steward.SubjectOf(write.Context.User)!.Value.Issuer, input.ObjectId!, input.Role!,
            StewardScope.Of(input.Scope!).Entries, Active: true, input.Name, admin.Id, now);
        return await registry.RegisterAsync(entry, StewardChanges.Register(entry, admin, now, write.Context.TraceIdentifier), write.Context.RequestAborted) is null
            ? ProblemResults.AlreadyExists("steward", $"{entry.Issuer} {entry.ObjectId}")
            : Answer(StewardView.Of(entry), StatusCodes.Status201Created, write.Urls.Absolute($"{Route}/{entry.Id}"));
    }

    public static async Task<Results<Written<StewardView>, ProblemHttpResult>> PatchSteward(
        [Description("The steward's public id, e.g. steward-3f9a0c12d4e5."), Example("steward-3f9a0c12d4e5")] string id,
        [AsParameters] StewardWrite write, StewardRegistry registry, IOptions<JsonOptions> json)
    {
        var (body, bodyProblem) = await write.ReadJsonAsync(WriteMediaTypes.MergePatch);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        if (!EntityTagHeaderValue.TryParseList(write.Context.Request.Headers.IfMatch, out var seen) || seen.Count == 0)
        {
            return ProblemResults.PreconditionRequired();
        }

        if (await registry.FindByIdAsync(id, write.Context.RequestAborted) is not var (stored, etag))
        {
            return ProblemResults.NotFound("steward", id);
        }

        var current = EntityTags.Of(JsonSerializer.SerializeToUtf8Bytes(StewardView.Of(stored), json.Value.SerializerOptions.TypeInfo<StewardView>()));
        if (!seen.Any(tag => tag.Tag.Equals(current)))
        {
            return ProblemResults.PreconditionFailed();
        }

        var rules = WriteBody.Json<StewardPatch>("Invalid steward change", s => new StewardPatchValidator(Roles, s.RegionsByCode.ContainsKey));
        var (patch, patchProblem) = await write.ReadInputAsync(body, rules, await write.Directory.GetAsync(write.Context.RequestAborted));
        if (patch is null)
        {
            return patchProblem!;
        }

        var admin = await AdminAsync(write.Context, registry);
        var now = write.Clock.GetUtcNow();
        var updated = stored with
        {
            Role = patch.Role ?? stored.Role,
            Scope = patch.Scope is { } scope ? StewardScope.Of(scope).Entries : stored.Scope,
            Active = patch.Active ?? stored.Active,
            Name = patch.Name ?? stored.Name,
            ChangedBy = admin.Id,
            ChangedAt = now,
        };
        return await registry.ReplaceAsync(updated, etag, StewardChanges.Update(stored, updated, admin, now, write.Context.TraceIdentifier), write.Context.RequestAborted) is null
            ? ProblemResults.PreconditionFailed()
            : Answer(StewardView.Of(updated));
    }

    /// <summary>Admin only, by the token's app role (no registry entry needed, so the first admin can register the first steward).</summary>
    private static RouteHandlerBuilder AsRegistryRoute(this RouteHandlerBuilder route) =>
        route.RequireAuthorization(StewardAuthentication.AdminPolicy)
            .WithCacheControl(CacheControl.NoStore) // personal data: never in a shared cache
            .WithMetadata(NotKeptInAnswerCache.Instance) // the registry changes without the directory's version
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Who manages the registry, as the feed shows them: their own registry id, or, before they have one, only that an admin did.</summary>
    private static async Task<ChangeActor> AdminAsync(HttpContext context, StewardRegistry registry)
    {
        var subject = Steward.SubjectOf(context.User);
        var name = context.User.FindFirst(StewardAuthentication.NameClaim)?.Value;
        return subject is var (issuer, objectId) && await registry.FindAsync(issuer, objectId, context.RequestAborted) is var (entry, _)
            ? new ChangeActor(entry.Id, StewardRoles.Admin, entry.Name ?? name)
            : new ChangeActor(UnregisteredAdmin, StewardRoles.Admin, name);
    }

    /// <summary>The feed's actor id of an admin who is not in the registry yet.</summary>
    public const string UnregisteredAdmin = "admin-unregistered";

    // Personal data, and no texts to translate: never cached (as AsRegistryRoute declares), no Content-Language.
    private static Written<T> Answer<T>(T view, int status = StatusCodes.Status200OK, string? location = null) => new(view, status, language: null, location: location);
}

/// <summary>The whole registry, oldest registration first: a few hundred entries at most, so one page.</summary>
public sealed record StewardList(IReadOnlyList<StewardView> Items);

/// <summary>A registered steward as admins see them.</summary>
/// <param name="Id">Public and random: how the change feed names the steward.</param>
/// <param name="Scope">MPP ids, province or regency codes, or national.</param>
public sealed record StewardView(
    string Id, string Issuer, string ObjectId, string Role, IReadOnlyList<string> Scope, bool Active, string? Name,
    string RegisteredBy, DateTimeOffset RegisteredAt, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static StewardView Of(StewardEntry entry) =>
        new(entry.Id, entry.Issuer, entry.ObjectId, entry.Role, entry.Scope, entry.Active, entry.Name, entry.RegisteredBy, entry.RegisteredAt, entry.ChangedBy, entry.ChangedAt);
}
