using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.Http.Suggestions;

/// <summary>
/// <c>/api/v1/suggestions</c>: residents' suggested corrections. Anyone may send one, without signing in (size-limited,
/// rate-limited per client, with a honeypot field); anyone may read them, never with the contact email a resident may
/// give. A suggestion is never a write of the directory: a steward whose scope covers its MPP answers it with a cited
/// write (<c>PATCH /api/v1/mpps/{id}</c> with <c>suggestion</c>, which marks it accepted) or rejects it with a public reason.
/// Only the stewardship edition serves these (they need the tables); the read edition forwards them.
/// </summary>
public static class SuggestionsApi
{
    private const string Route = "/api/v1/suggestions";

    /// <summary>Suggestions appear and close while readers look: a few seconds in a cache at most.</summary>
    public const string ReadCacheControl = "public, max-age=5";

    public static string Path(string id) => Route + "/" + id;

    /// <summary>The suggestion's page for people.</summary>
    public static string PagePath(string id) => "/saran/" + id;

    public static RouteGroupBuilder MapSuggestions(this RouteGroupBuilder routes)
    {
        routes.MapPost(Route, CreateSuggestion)
            .WithName("CreateSuggestion")
            .WithTags("Suggestions")
            .WithSummary("Suggest a correction of an MPP (anyone, without signing in)")
            .WithDescription("mpp (an MPP's id), field (what is wrong: " + string.Join(", ", SuggestionFields.All) + "), proposed (what it should say), "
                + "optionally evidence (a URL or words) and contact (an email: never published, only the stewards of the MPP see it, deleted when the suggestion closes). "
                + "website is a honeypot: leave it out or empty. A suggestion changes nothing by itself: a steward whose scope covers the MPP accepts it with a cited write, "
                + "or rejects it with a public reason. At most " + SuggestionInput.MaxBodyBytes / 1024 + " KB, and a few suggestions per client per hour (429 with Retry-After). "
                + "Service complaints (about how an MPP serves, not about the data) go to SP4N-LAPOR!, the national complaint channel, not here. "
                + "Answers 201 with the suggestion as anyone reads it (no contact) and its Location.")
            .AcceptsBody(typeof(SuggestionInput), "The MPP, what is wrong, what it should say, the evidence, and an optional contact email that is never published.", WriteMediaTypes.Json)
            .AddEndpointFilter<RouteHandlerBuilder, SuggestionQuotaFilter>()
            .WithCacheControl(CacheControl.NoStore)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces<SuggestionView>(StatusCodes.Status201Created);
        routes.MapGet(Route, ListSuggestions)
            .WithName("ListSuggestions")
            .WithTags("Suggestions")
            .WithSummary("List suggested corrections, newest first")
            .WithDescription("Every suggestion, or those of one MPP (mpp) and in one status (open, accepted or rejected), newest first, paged. "
                + "Never with a contact email.")
            .ValidateQuery()
            .WithCacheControl(ReadCacheControl)
            .WithMetadata(NotKeptInAnswerCache.Instance)
            .Produces<PagedList<SuggestionView>>();
        routes.MapGet(Route + "/{id}", GetSuggestion)
            .WithName("GetSuggestion")
            .WithTags("Suggestions")
            .WithSummary("One suggested correction and where it stands")
            .WithDescription("What it is about and says, its status, and how it was answered: the change that accepted it, or the reason it was rejected. Never with a contact email.")
            .WithCacheControl(ReadCacheControl)
            .WithMetadata(NotKeptInAnswerCache.Instance)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<SuggestionView>();
        routes.MapPost(Route + "/{id}/rejection", RejectSuggestion)
            .WithName("RejectSuggestion")
            .WithTags("Suggestions")
            .WithSummary("Reject a suggestion with a public reason (a steward in scope)")
            .WithDescription("reason: { id, en }, why, in Indonesian and English; shown on the suggestion's page and in the API. Needs a bearer token with the role "
                + "Directory.Write whose registered scope covers the suggestion's MPP. The suggestion's contact email is deleted. A suggestion closes once: "
                + "one accepted or rejected already answers 409. To accept one, answer it with a cited write: PATCH /api/v1/mpps/{id} with suggestion.")
            .AcceptsBody(typeof(SuggestionRejection), "The public reason, in Indonesian and English.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<SuggestionView>();
        return routes;
    }

    /// <summary>How a suggestion's JSON body is read: strictly, each text trimmed (an empty one as none).</summary>
    public static WriteBody<SuggestionInput> Body { get; } = new(
        WriteMediaTypes.Json, "Invalid suggestion",
        json => StrictJson.Parse<SuggestionInput>(json) is var (input, errors) && input is not null ? (input.Normalized(), errors) : (null, errors),
        snapshot => new SuggestionInputValidator(snapshot.MppsById.ContainsKey));

    /// <summary>Not a steward's write (anyone sends it, and it changes no record); it borrows only the pipeline's body reading.</summary>
    public static async Task<Results<Written<SuggestionView>, ProblemHttpResult>> CreateSuggestion([AsParameters] StewardWrite write, SuggestionStore suggestions)
    {
        var (bytes, problem) = await write.ReadBytesAsync([WriteMediaTypes.Json], SuggestionInput.MaxBodyBytes);
        if (problem is not null)
        {
            return problem;
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(bytes, documentOptions: StrictJson.Document);
        }
        catch (JsonException ex)
        {
            return ProblemResults.MalformedJson(ex.Message);
        }

        var (input, inputProblem) = await write.ReadInputAsync(json, Body, await write.Directory.GetAsync(write.Context.RequestAborted));
        if (input is null)
        {
            return inputProblem!;
        }

        var stored = await suggestions.AddAsync(input, write.Clock.GetUtcNow(), write.Context.RequestAborted);
        return new Written<SuggestionView>(SuggestionView.Of(stored), StatusCodes.Status201Created, language: null, location: write.Urls.Absolute(Path(stored.Id)));
    }

    public static async Task<IResult> ListSuggestions(
        [AsParameters] SuggestionListQuery query, [AsParameters] PageQuery paging, HttpContext context, SuggestionStore suggestions)
    {
        // Valid by now (SuggestionListQueryValidator and PageQueryValidator, through ValidateQuery).
        var status = query.Status is null ? (SuggestionStatus?)null : EnumNames.Parse<SuggestionStatus>(query.Status);
        var page = await suggestions.ListAsync(query.Mpp, status, paging.PageNumber, paging.PageSize, context.RequestAborted);
        return TypedResults.Ok(page.Items.Select(SuggestionView.Of).ToList().AsPage(page.TotalCount, paging, context));
    }

    public static async Task<Results<Ok<SuggestionView>, ProblemHttpResult>> GetSuggestion(
        [Description("The suggestion's id, e.g. k7m2xq9vbe."), Example("k7m2xq9vbe")] string id, HttpContext context, SuggestionStore suggestions) =>
        await suggestions.GetAsync(id, context.RequestAborted) is { } suggestion
            ? TypedResults.Ok(SuggestionView.Of(suggestion))
            : ProblemResults.NotFound("suggestion", id);

    public static async Task<Results<Written<SuggestionView>, ProblemHttpResult>> RejectSuggestion(
        [Description("The suggestion's id, e.g. k7m2xq9vbe."), Example("k7m2xq9vbe")] string id, [AsParameters] StewardWrite write, SuggestionStore suggestions)
    {
        var (rejection, _, problem) = await write.ReadInputAsync(RejectionBody);
        if (rejection is null)
        {
            return problem!;
        }

        return await RejectAsync(id, rejection, write, suggestions);
    }

    /// <summary>The rejection's body: a reason in both languages (<see cref="SuggestionRejectionValidator"/>).</summary>
    public static WriteBody<SuggestionRejection> RejectionBody { get; } = WriteBody.Json<SuggestionRejection>("Invalid rejection", _ => new SuggestionRejectionValidator());

    /// <summary>
    /// Rejects suggestion <paramref name="id"/> with a reason already read and checked (the route's body, or the console's
    /// form): the steward's scope must cover its MPP, and only an open one closes (409 otherwise, 404 when there is none).
    /// </summary>
    public static async Task<Results<Written<SuggestionView>, ProblemHttpResult>> RejectAsync(
        string id, SuggestionRejection rejection, StewardWrite write, SuggestionStore suggestions)
    {
        var aborted = write.Context.RequestAborted;
        if (await suggestions.GetAsync(id, aborted) is not { } suggestion)
        {
            return ProblemResults.NotFound("suggestion", id);
        }

        if (!MayAnswer(write.Steward.Scope, suggestion, await write.Directory.GetAsync(aborted)))
        {
            return ProblemResults.OutOfScope(suggestion.Mpp, write.Steward.Scope);
        }

        var (outcome, closed) = await suggestions.RejectAsync(id, rejection.Reason!, write.Clock.GetUtcNow(), write.Steward.Id, aborted);
        return outcome switch
        {
            SuggestionClosing.Closed => new Written<SuggestionView>(SuggestionView.Of(closed!), StatusCodes.Status200OK, language: null),
            SuggestionClosing.AlreadyClosed => ProblemResults.SuggestionClosed(id, EnumNames.Of(closed!.Status)),
            _ => ProblemResults.NotFound("suggestion", id),
        };
    }

    /// <summary>
    /// Whether a steward of <paramref name="scope"/> may answer <paramref name="suggestion"/> (and see its contact): their
    /// scope covers its MPP as the directory holds it now; an MPP the directory no longer lists, only a national steward.
    /// </summary>
    public static bool MayAnswer(StewardScope scope, Suggestion suggestion, DirectorySnapshot snapshot) =>
        snapshot.MppsById.TryGetValue(suggestion.Mpp, out var mpp) ? scope.Covers(mpp) : scope.IsNational;

    /// <summary>
    /// What is wrong with a write of <paramref name="mppId"/> answering the suggestion <paramref name="id"/>; null when
    /// nothing is (it exists, is open and is about that MPP). The rule of <c>suggestion</c> in an MPP's PATCH.
    /// </summary>
    public static async Task<string?> AnswerProblemAsync(SuggestionStore suggestions, string mppId, string id, CancellationToken cancellationToken) =>
        await suggestions.GetAsync(id, cancellationToken) switch
        {
            null => $"No suggestion has the id '{id}'; see {Route}?mpp={mppId}&status=open.",
            { Mpp: var other } when other != mppId => $"The suggestion '{id}' is about the MPP '{other}', not '{mppId}'.",
            { Status: not SuggestionStatus.Open } closed => $"The suggestion '{id}' is {EnumNames.Of(closed.Status)} already; only an open one can be answered.",
            _ => null,
        };

    /// <summary>
    /// After a write that answers a suggestion has committed: marks it accepted with the change's number. The two are in
    /// different tables, so not one transaction. Should the mark fail (storage fails, or another write answering the same
    /// suggestion marked it first), the write stands and its change record still links the suggestion; this logs it, and
    /// <see cref="SuggestionStore.MarkAcceptedAsync"/> with that change's number (the feed names it) repairs it, as the
    /// console may offer for an open suggestion that a change already links.
    /// </summary>
    public static async Task MarkAnsweredAsync(SuggestionStore suggestions, ILogger logger, string id, ChangeRecord change)
    {
        try
        {
            // Not the request's token: the write is committed, and the mark should not stop halfway because the client left.
            var (outcome, _) = await suggestions.MarkAcceptedAsync(id, change.Id, change.At, change.Actor.Id, CancellationToken.None);
            if (outcome != SuggestionClosing.Closed)
            {
                SuggestionLog.NotMarked(logger, null, id, change.Id, outcome.ToString());
            }
        }
        catch (Exception ex) when (Storage.StorageFailure.Is(ex) || ex is IOException)
        {
            SuggestionLog.NotMarked(logger, ex, id, change.Id, "storage failed");
        }
    }
}

/// <summary>Which suggestions to list.</summary>
public sealed record SuggestionListQuery
{
    [FromQuery(Name = "mpp"), Example("kota-pekalongan"), Description("The MPP's id: only the suggestions about it.")]
    public string? Mpp { get; init; }

    [FromQuery(Name = "status"), Example("open"), Description("open, accepted or rejected.")]
    public string? Status { get; init; }
}

public sealed class SuggestionListQueryValidator : AbstractValidator<SuggestionListQuery>
{
    public SuggestionListQueryValidator(DirectoryReadModel directory)
    {
        RuleFor(q => q.Mpp).KnownId(directory, (snapshot, id) => snapshot.MppsById.ContainsKey(id), "/api/v1/mpps").OverridePropertyName("mpp");
        RuleFor(q => q.Status).OneOf(EnumNames.All<SuggestionStatus>()).OverridePropertyName("status");
    }
}

/// <summary>The per-client quota of suggestions, before the body is read: 429 with Retry-After past it.</summary>
public sealed class SuggestionQuotaFilter(SuggestionQuota quota) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (quota.TryTake(context.HttpContext) is { } seconds)
        {
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ProblemResults.TooManySuggestions(seconds);
        }

        return await next(context);
    }
}

internal static partial class SuggestionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The change {Change} answers the suggestion {Suggestion}, but it was not marked accepted ({Why}); SuggestionStore.MarkAcceptedAsync with that change repairs it")]
    public static partial void NotMarked(ILogger logger, Exception? exception, string suggestion, long change, string why);
}
