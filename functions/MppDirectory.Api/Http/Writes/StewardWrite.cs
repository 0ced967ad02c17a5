using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Publishing;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Writes;

/// <summary>When a write was made and by whom, as its change record says.</summary>
public sealed record WriteStamp(ChangeActor Actor, DateTimeOffset At, string RequestId);

/// <summary>
/// An MPP's record as one write leaves it, with the change record that audits it and the counters whose rows it
/// writes. <see cref="Unchanged"/> when the write states what is stored already.
/// </summary>
public sealed record MppEdit(Mpp Updated, ChangeRecord Change, IReadOnlyCollection<string> Counters)
{
    public static MppEdit Unchanged { get; } = new(null!, null!, []);

    /// <summary>The path of what the write added (a counter, a count): the answer is then 201 with its Location.</summary>
    public string? Created { get; init; }

    /// <summary>
    /// What follows the commit outside its transaction (marking the suggestion the write answers accepted), given the
    /// change as numbered. It runs once the write is committed, so it must not fail the write: it logs what it could not do.
    /// </summary>
    public Func<ChangeRecord, Task>? Committed { get; init; }

    public MppEdit(Mpp updated, ChangeRecord change)
        : this(updated, change, [])
    {
    }
}

/// <summary>
/// The one pipeline of a steward's write, with the services it needs bundled so a handler takes one parameter
/// (<c>[AsParameters] StewardWrite write</c>). The route's filter has already checked the token, the registry and
/// the steward's quota (<see cref="StewardWriteRoute.AsStewardWrite"/>). Here: the body (its media type, 64 KB at
/// most, well-formed JSON), <c>If-Match</c>, the record and the steward's scope, the input's shape and rules, the
/// commit with its change record (retried when the writer's view does not matter), publishing, and the answer.
/// A handler says only what its write changes and what its change record says.
/// </summary>
public sealed record StewardWrite(
    HttpContext Context, DirectoryReadModel Directory, AuditedWrites Writes, DirectoryStore Store, PublicUrls Urls,
    TimeProvider Clock, DatasetAutoPublisher Datasets, ILogger<StewardWrite> Logger)
{
    public const int MaxBodyBytes = 64 * 1024;

    // A write without If-Match does not depend on what the writer read, so losing a race to another write is
    // retried on a fresh read, this many times in all.
    private const int MaxAttempts = 3;

    private CancellationToken Aborted => Context.RequestAborted;

    /// <summary>The registered steward this write acts as.</summary>
    public Steward Steward => Steward.Of(Context);

    /// <summary>The language the answer is written in.</summary>
    public Language Language => RequestLanguage.Of(Context.Request);

    /// <summary>Changes an existing MPP's record: the pipeline every write of an MPP, its counters, hours or counts goes through.</summary>
    /// <param name="ifMatch">When the write needs <c>If-Match</c> (428 without). One sent anyway is always honoured (412 when stale).</param>
    /// <param name="guard">What the stored MPP must be for this write (the counter exists, has not ended), checked before the body's values.</param>
    /// <param name="edit">The write itself: the record as it leaves it and its change record.</param>
    /// <param name="view">What the write answers: a view of the MPP as loaded after it.</param>
    public async Task<Results<Written<TView>, ProblemHttpResult>> ChangeMppAsync<TInput, TView>(
        string id, WriteBody<TInput> body, IfMatchRule ifMatch, Func<Mpp, ProblemHttpResult?>? guard,
        Func<TInput, Mpp, DirectorySnapshot, WriteStamp, MppEdit> edit, Func<Mpp, DirectorySnapshot, TView> view)
        where TInput : class
    {
        var (json, bodyProblem) = await ReadJsonAsync(body.MediaType);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var seen = MppRevision.ReadIfMatch(Context.Request.Headers.IfMatch);
        if (seen.Kind == IfMatchKind.Malformed)
        {
            return ProblemResults.MalformedIfMatch();
        }

        return await ChangeMppAsync(id, json, seen, body, ifMatch, guard, edit, view);
    }

    /// <summary>
    /// The same write with the JSON and the revision the writer saw given rather than read from the request: what the
    /// stewards' console posts as a form goes through here, so a form and the API share every rule and the audit.
    /// </summary>
    public async Task<Results<Written<TView>, ProblemHttpResult>> ChangeMppAsync<TInput, TView>(
        string id, JsonNode? json, IfMatch seen, WriteBody<TInput> body, IfMatchRule ifMatch, Func<Mpp, ProblemHttpResult?>? guard,
        Func<TInput, Mpp, DirectorySnapshot, WriteStamp, MppEdit> edit, Func<Mpp, DirectorySnapshot, TView> view)
        where TInput : class
    {
        if (seen.Kind != IfMatchKind.Tags && ifMatch.Always)
        {
            return ProblemResults.PreconditionRequired(); // before any read of storage
        }

        TInput? input = null;
        for (var attempt = 1; ; attempt++)
        {
            if (!MppIds.IsId(id) || await Writes.ReadMppAsync(id, Aborted) is not var (stored, etag))
            {
                return ProblemResults.NotFound("MPP", id);
            }

            if (!Steward.MayChange(stored))
            {
                return ProblemResults.OutOfScope(id, Steward.Scope);
            }

            if (seen.Kind is IfMatchKind.Tags ? !seen.Matches(MppRevision.Of(stored)) : ifMatch.Needs(stored))
            {
                // A well-formed tag that names no revision of this MPP (another resource's, a made-up one) is as stale as an old one.
                return seen.Kind is IfMatchKind.Tags ? ProblemResults.PreconditionFailed() : ProblemResults.PreconditionRequired();
            }

            if (guard?.Invoke(stored) is { } refused)
            {
                return refused;
            }

            var snapshot = await Directory.GetAsync(Aborted);
            if (input is null)
            {
                (input, var inputProblem) = await ReadInputAsync(json, body, snapshot);
                if (input is null)
                {
                    return inputProblem!;
                }
            }

            var change = edit(input, stored, snapshot, Stamp());
            if (ReferenceEquals(change, MppEdit.Unchanged))
            {
                return new Written<TView>(view(stored, snapshot), StatusCodes.Status200OK, Language, MppRevision.Of(stored));
            }

            if (!Steward.MayChange(change.Updated))
            {
                return ProblemResults.OutOfScope(id, Steward.Scope); // a scoped steward may not move an MPP out of their region
            }

            if (await Writes.ReplaceMppAsync(change.Updated, etag, change.Counters, change.Change, Aborted) is { } committed)
            {
                if (change.Committed is { } follow)
                {
                    await follow(committed);
                }

                var loaded = await PublishAsync(id, snapshot);
                return new Written<TView>(
                    view(Current(loaded, change.Updated), loaded), change.Created is null ? StatusCodes.Status200OK : StatusCodes.Status201Created,
                    Language, MppRevision.Of(change.Updated), change.Created is null ? null : Urls.Absolute(change.Created));
            }

            // With If-Match the writer's view is stale; without, another write changed the MPP first: read again.
            if (seen.Kind is IfMatchKind.Tags || attempt == MaxAttempts)
            {
                return ProblemResults.PreconditionFailed();
            }
        }
    }

    /// <summary>
    /// Creates a record: the body's input, then <paramref name="create"/> commits it with its change record (null
    /// when one with its id exists already: 409), then publishing, then 201 with its Location.
    /// </summary>
    public async Task<Results<Written<TView>, ProblemHttpResult>> CreateAsync<TInput, TView>(
        WriteBody<TInput> body, Func<TInput, DirectorySnapshot, WriteStamp, Creation<TView>> create)
        where TInput : class
    {
        var (input, snapshot, problem) = await ReadInputAsync(body);
        if (input is null)
        {
            return problem!;
        }

        var creation = create(input, snapshot, Stamp());
        if (creation.Refused is { } refused)
        {
            return refused;
        }

        if (await creation.Commit(Writes, Aborted) is null)
        {
            return ProblemResults.AlreadyExists(creation.Resource, creation.Id); // created meanwhile by another writer
        }

        var loaded = await PublishAsync(creation.Id, snapshot);
        var (view, revision) = creation.Answer(loaded);
        return new Written<TView>(view, StatusCodes.Status201Created, Language, revision, Urls.Absolute(creation.Location));
    }

    /// <summary>The JSON of a write's body: of <paramref name="mediaType"/> (415), at most 64 KB (413), well-formed (400).</summary>
    public async Task<(JsonNode? Json, ProblemHttpResult? Problem)> ReadJsonAsync(string mediaType)
    {
        var (bytes, problem) = await ReadBytesAsync([mediaType], MaxBodyBytes);
        if (problem is not null)
        {
            return (null, problem);
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

    /// <summary>A body of one of <paramref name="mediaTypes"/> (415), read whole but never past <paramref name="limit"/> (413), whatever Content-Length claims.</summary>
    public async Task<(byte[] Bytes, ProblemHttpResult? Problem)> ReadBytesAsync(string[] mediaTypes, int limit)
    {
        var request = Context.Request;
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!mediaTypes.Any(m => string.Equals(m, mediaType, StringComparison.OrdinalIgnoreCase)))
        {
            return ([], ProblemResults.UnsupportedMediaType(string.Join(" or ", mediaTypes)));
        }

        if (request.ContentLength > limit)
        {
            return ([], ProblemResults.TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, Aborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return ([], ProblemResults.TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The body's input, read, shaped and checked against the directory as loaded (<see cref="ReadJsonAsync"/>, then the other overload).</summary>
    public async Task<(T? Input, DirectorySnapshot Snapshot, ProblemHttpResult? Problem)> ReadInputAsync<T>(WriteBody<T> body)
        where T : class
    {
        var snapshot = await Directory.GetAsync(Aborted);
        var (json, problem) = await ReadJsonAsync(body.MediaType);
        if (problem is not null)
        {
            return (null, snapshot, problem);
        }

        var (input, inputProblem) = await ReadInputAsync(json, body, snapshot);
        return (input, snapshot, inputProblem);
    }

    /// <summary>The body's input: its shape (400 naming the field), then its rules against the directory as loaded (422 naming each field).</summary>
    public async Task<(T? Input, ProblemHttpResult? Problem)> ReadInputAsync<T>(JsonNode? json, WriteBody<T> body, DirectorySnapshot snapshot)
        where T : class
    {
        var (input, shapeErrors) = body.Shape(json);
        if (input is null)
        {
            return (null, ProblemResults.InvalidBody(shapeErrors, body.Title));
        }

        var validation = await body.Rules(snapshot).ValidateAsync(input, Aborted);
        return validation.IsValid ? (input, null) : (null, ProblemResults.Unprocessable(ProblemResults.ByField(validation.Errors)));
    }

    /// <summary>
    /// After a committed write: the new data version is published (unless <paramref name="published"/> already) and
    /// loaded, so readers on this instance see it at once (others at their next version check), and a dataset version
    /// will follow. The change is committed either way: a failure to publish it is logged, not answered as a failed write.
    /// </summary>
    /// <param name="what">What was written, for the log.</param>
    public async Task<DirectorySnapshot> PublishAsync(string what, DirectorySnapshot before, bool published = false)
    {
        Datasets.WriteCommitted();
        try
        {
            if (!published)
            {
                await Store.PublishCurrentAsync(Aborted);
            }

            await Directory.RefreshAsync(Aborted);
            return await Directory.GetAsync(Aborted);
        }
        catch (Exception ex) when (Storage.StorageFailure.Is(ex) || ex is IOException)
        {
            WriteLog.NotPublished(Logger, ex, what);
            return before;
        }
    }

    public WriteStamp Stamp() => new(Steward.AsActor(), Clock.GetUtcNow(), Context.TraceIdentifier);

    /// <summary>The MPP as loaded when this instance has loaded the write (with what loading derives); as written otherwise.</summary>
    public static Mpp Current(DirectorySnapshot loaded, Mpp written) =>
        loaded.MppsById.TryGetValue(written.Id, out var mpp) && MppRevision.Of(mpp) == MppRevision.Of(written) ? mpp : written;
}

/// <summary>When a write of an MPP needs <c>If-Match</c>: always, when the MPP as stored is some way (the counter exists), or never.</summary>
public sealed class IfMatchRule
{
    private readonly Func<Mpp, bool>? _when;

    private IfMatchRule(Func<Mpp, bool>? when) => _when = when;

    /// <summary>A write that replaces what the writer read (a PATCH, the hours).</summary>
    public static IfMatchRule Required { get; } = new(null);

    /// <summary>A write that adds to the MPP whatever it holds (a count).</summary>
    public static IfMatchRule Optional { get; } = new(_ => false);

    /// <summary>Needed only when <paramref name="when"/> holds of the MPP as stored (replacing a counter, not adding one).</summary>
    public static IfMatchRule When(Func<Mpp, bool> when) => new(when);

    public bool Always => _when is null;

    public bool Needs(Mpp stored) => _when?.Invoke(stored) ?? true;
}

/// <summary>
/// A record a write creates: its kind and id (for the 409 when it exists already), how it commits with its change
/// record, its path, and what the write answers once it is loaded. <see cref="Refused"/> instead when the steward
/// may not create it.
/// </summary>
public sealed record Creation<TView>(
    string Resource, string Id, string Location, Func<AuditedWrites, CancellationToken, Task<ChangeRecord?>> Commit,
    Func<DirectorySnapshot, (TView View, string? Revision)> Answer)
{
    public ProblemHttpResult? Refused { get; init; }
}

/// <summary>Which path ids can name a record.</summary>
public static class MppIds
{
    /// <summary>
    /// Whether a path's id can name a record: a slug. Anything else (a counter's or the trail's row key,
    /// characters storage refuses) names nothing and never reaches storage.
    /// </summary>
    public static bool IsId(string id) => id.Length <= MppDraft.MaxIdLength && MppDraft.Slug().IsMatch(id);
}

/// <summary>What the write pipeline logs.</summary>
internal static partial class WriteLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A change of {What} is committed, but this instance has not published or loaded it yet; the next write, seed or version check does")]
    public static partial void NotPublished(ILogger logger, Exception exception, string what);
}
