using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Sources;

/// <summary>
/// <c>POST /api/v1/sources</c>: a steward registers an article so that writes can cite it. The source's row
/// and its change record commit in one transaction, like every write (<see cref="StewardedPartition"/>).
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
            .AcceptsBody(typeof(SourceInput), "The source's fields.", WriteMediaTypes.Json)
            .AsStewardWrite()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces<SourceDetail>(StatusCodes.Status201Created);
        return routes;
    }

    public static Task<Results<Written<SourceDetail>, ProblemHttpResult>> RegisterSource([AsParameters] StewardWrite write) =>
        write.CreateAsync(
            WriteBody.Json<SourceInput>("Invalid source", s => new SourceInputValidator(s.SourcesById.ContainsKey)),
            (input, _, stamp) =>
            {
                var source = input.ToSource();
                var change = SourceChanges.Register(source, stamp.Actor, stamp.At, stamp.RequestId);
                return new Creation<SourceDetail>(
                    "source", source.Id, SourcesApi.SelfLink(source.Id),
                    (writes, cancellationToken) => writes.AddSourceAsync(source, change, cancellationToken),
                    _ => (SourceDetail.Of(source, [], write.Language), null)); // no MPP cites it yet
            });
}
