using MppDirectory.Api.Http.Caching;
using MppDirectory.Domain;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Sources;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// <c>POST /api/v1/sources</c>: a steward registers an article so that writes can cite it. The source's row
/// and its change record commit in one transaction, like every write (<see cref="StewardedRows"/>).
/// </summary>
public static class SourceWritesApi
{
    public static RouteGroupBuilder MapSourceWrites(this RouteGroupBuilder routes)
    {
        routes.MapPost("/api/v1/sources", RegisterSource)
            .WithName("RegisterSource")
            .WithTags("Stewardship")
            .WithSummary("Register a source article (a steward's write)")
            .WithDescription("The article's readable id (a slug no source has), the publisher as the article names itself, the headline, "
                + "the dateline (the date the text reports: value at its precision, basis and the text's own words), the URL, the language "
                + "(BCP 47, such as id), and what it is about in Indonesian and English ({ id, en }), with optional notes. It is the one write "
                + "without citations: later writes cite it. Needs a token with the role Directory.Write (any scope: sources are not regional). "
                + "Answers 201 with the source, its Location and ETag; the change appears once in /api/v1/changes.")
            .Accepts<JsonObject>(MppWritesApi.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<SourceDetail>(StatusCodes.Status201Created)
            .WithCacheControl(CacheControl.NoStore);
        return routes;
    }

    public static async Task<IResult> RegisterSource(
        HttpContext context, DirectoryReadModel directory, StewardedWrites writes, DirectoryStore store, PublicUrls urls,
        IOptions<JsonOptions> json, TimeProvider clock, Publishing.DatasetAutoPublisher datasets, ILogger<SourceInput> logger)
    {
        var cancellationToken = context.RequestAborted;
        var (body, bodyProblem) = await MppWritesApi.ReadBodyAsync(context.Request, MppWritesApi.Json, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var snapshot = await directory.GetAsync(cancellationToken);
        var (input, inputProblem) = await WriteInputs.ReadAsync(body, new SourceInputValidator(snapshot.SourcesById.ContainsKey), "Invalid source", cancellationToken);
        if (input is null)
        {
            return inputProblem!;
        }

        var source = input.ToSource();
        var change = SourceChanges.Register(source, Steward.Of(context).AsActor(), clock.GetUtcNow(), context.TraceIdentifier);
        if (await writes.AddSourceAsync(source, change, cancellationToken) is null)
        {
            return ProblemResults.AlreadyExists("source", source.Id); // registered meanwhile by another writer
        }

        await MppWritesApi.PublishAsync(source.Id, directory, store, datasets, logger, snapshot, cancellationToken);
        var language = Localization.RequestLanguage.Of(context.Request);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(SourceDetail.Of(source, [], language), json.Value.SerializerOptions.TypeInfo<SourceDetail>());
        context.Response.Headers.Location = urls.Absolute(SourcesApi.SelfLink(source.Id));
        context.Response.Headers.ETag = Caching.EntityTags.Of(bytes);
        context.Response.Headers.CacheControl = Caching.CacheControl.NoStore;
        context.Response.Headers.ContentLanguage = language.Code();
        context.Response.StatusCode = StatusCodes.Status201Created;
        return Results.Bytes(bytes, MppWritesApi.Json);
    }
}
