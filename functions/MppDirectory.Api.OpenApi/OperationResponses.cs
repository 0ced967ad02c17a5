using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Paging;
using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The responses of an operation: those its typed results and conventions declare
/// (<c>Ok&lt;T&gt;</c>, <c>ProducesProblem</c>, <c>ProducesValidationProblem</c>), plus those the
/// pipeline adds: 304 and <c>ETag</c>/<c>Cache-Control</c> from <see cref="ConditionalGetMiddleware"/>,
/// <c>Link</c>/<c>X-Total-Count</c> on pages, and <c>Retry-After</c> on the 503 of routes that read storage.
/// </summary>
public static class OperationResponses
{
    public const string ProblemJson = "application/problem+json";

    public static void Describe(OpenApiOperation operation, DescribedEndpoint described, ResponseSchemas schemas)
    {
        var answers = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var declared in described.Endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().GroupBy(m => m.StatusCode).OrderBy(g => g.Key))
        {
            var metadata = declared.Last();
            var response = new OpenApiResponse { Description = Describe(metadata.StatusCode, metadata.Type) };
            if (metadata.Type is { } type && type != typeof(void))
            {
                foreach (var contentType in metadata.ContentTypes.DefaultIfEmpty("application/json"))
                {
                    response.Content[contentType] = new OpenApiMediaType { Schema = schemas.For(type) };
                }

                answers[metadata.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)] = type;
                if (metadata.StatusCode == StatusCodes.Status200OK && IsPage(type))
                {
                    response.Headers["Link"] = ResponseHeaders.Link();
                    response.Headers["X-Total-Count"] = ResponseHeaders.TotalCount();
                }
            }

            if (metadata.StatusCode is >= 300 and < 400 or StatusCodes.Status201Created)
            {
                response.Headers["Location"] = ResponseHeaders.Location();
            }

            if (metadata.StatusCode == StatusCodes.Status503ServiceUnavailable && metadata.Type == typeof(ProblemDetails))
            {
                response.Headers["Retry-After"] = ResponseHeaders.RetryAfter();
            }

            if (metadata.StatusCode == StatusCodes.Status416RangeNotSatisfiable)
            {
                response.Headers["Content-Range"] = ResponseHeaders.UnsatisfiedContentRange();
            }

            operation.Responses[metadata.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }

        if (!operation.Responses.TryGetValue("200", out var ok) && !operation.Responses.TryGetValue("201", out ok))
        {
            throw new InvalidOperationException($"{described.Name} declares no 200 (or 201) response; return a typed result such as Ok<T>.");
        }

        var isRead = described.Methods.Contains("get");
        var cacheControlMetadata = described.Endpoint.Metadata.GetMetadata<CacheControlMetadata>();
        foreach (var (status, answer) in operation.Responses.Where(r => r.Key is "200" or "201").ToList())
        {
            // A 201 of an operation that also answers 200 (a counter's PUT) has an example of its own.
            AddExample(answer, status == "201" && operation.Responses.ContainsKey("200") ? described.Name + ".201" : described.Name);
            if (!isRead && cacheControlMetadata is not null)
            {
                // A write answers the resource as it now is (or, an import, its report), tagged like any answer; nothing of it is cached.
                answer.Headers["ETag"] = ETagOf(answers[status]);
                answer.Headers["Cache-Control"] = ResponseHeaders.CacheControl([.. cacheControlMetadata.All]);
            }
        }

        if (isRead && (described.Path.StartsWith(ConditionalGetMiddleware.Scope + "/", StringComparison.Ordinal) || described.Path == ConditionalGetMiddleware.Scope))
        {
            IReadOnlyList<string> cacheControl = cacheControlMetadata is null ? [CacheControl.Of(described.Endpoint)] : [.. cacheControlMetadata.All];
            var storedFile = described.Endpoint.Metadata.GetMetadata<OwnConditionalGet>() is not null;
            ok.Headers["ETag"] = storedFile ? ResponseHeaders.FileETag() : ETagOf(answers["200"]);
            ok.Headers["Cache-Control"] = ResponseHeaders.CacheControl(cacheControl);
            if (storedFile)
            {
                ok.Headers["Content-Disposition"] = ResponseHeaders.ContentDisposition();
                if (operation.Responses.TryGetValue("206", out var partial))
                {
                    foreach (var (name, header) in ok.Headers)
                    {
                        partial.Headers[name] = header;
                    }

                    partial.Headers["Content-Range"] = ResponseHeaders.ContentRange();
                }
            }

            operation.Responses["304"] = new OpenApiResponse
            {
                Description = "Not modified: the `If-None-Match` tag matches the current answer. No body.",
                Headers = { ["ETag"] = ok.Headers["ETag"], ["Cache-Control"] = ResponseHeaders.CacheControl(cacheControl) },
            };
        }

        // Every client has a quota per minute (Http/RateLimiting): any operation may answer 429.
        operation.Responses["429"] = new OpenApiResponse
        {
            Description = Describe(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails)),
            Content = { [ProblemJson] = new OpenApiMediaType { Schema = schemas.For(typeof(ProblemDetails)) } },
            Headers = { ["Retry-After"] = ResponseHeaders.RetryAfter() },
        };

        foreach (var response in operation.Responses.Values)
        {
            response.Headers["RateLimit-Policy"] = ResponseHeaders.RateLimitPolicy();
            response.Headers["RateLimit"] = ResponseHeaders.RateLimit();
            response.Headers["Access-Control-Allow-Origin"] = ResponseHeaders.AccessControlAllowOrigin();
        }

        SortByStatus(operation);
    }

    private static OpenApiHeader ETagOf(Type answer) => Http.Caching.MppRevision.Tags(answer) ? ResponseHeaders.RevisionETag() : ResponseHeaders.ETag();

    /// <summary>
    /// The captured answer to the operation's example request (<see cref="ExampleRequests"/>), for each media type it
    /// answers: JSON, or the first lines of a file (a zip, which no document can show, by the URL it is at).
    /// </summary>
    private static void AddExample(OpenApiResponse answer, string name)
    {
        foreach (var (mediaType, content) in answer.Content)
        {
            if (mediaType == "application/zip")
            {
                content.Examples["file"] = new OpenApiExample { Summary = "The version's zip, as a stored file.", ExternalValue = ExampleRequests.ZipExample };
                continue;
            }

            var extension = ResponseExamples.ExtensionOf(mediaType);
            var text = ResponseExamples.For(name, extension) ?? throw NoExample(name, extension);
            content.Example = content.Schema.Format == JsonFormatStrings.Binary ? text : Newtonsoft.Json.Linq.JToken.Parse(text);
        }
    }

    private static InvalidOperationException NoExample(string operationId, string extension) =>
        new($"{operationId} has no response example (schemas/{ResponseExamples.Folder}/{operationId}{extension}); run `npm run openapi:examples` with the seed data.");

    private static bool IsPage(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedList<>);

    private static string Describe(int status, Type? type) => status switch
    {
        StatusCodes.Status200OK => "OK.",
        StatusCodes.Status201Created => "Created: the new resource as it now is, at the URL in `Location`.",
        StatusCodes.Status409Conflict => "A resource with this id exists already. Nothing was written.",
        StatusCodes.Status400BadRequest => "A query value or the body is invalid (malformed JSON, an unknown field, a wrong type), or a write's `If-Match` is not a list of entity tags; `errors` names each parameter, field or header at fault with what it must be.",
        StatusCodes.Status401Unauthorized => "No bearer token, or an invalid one (`WWW-Authenticate: Bearer`).",
        StatusCodes.Status403Forbidden => "The token lacks the role the operation needs (`Directory.Write`; `Directory.Admin` for imports), or its scope does not cover this MPP.",
        StatusCodes.Status412PreconditionFailed => "The resource changed since the ETag in `If-Match`, or the tag names no revision of it: read it again. Nothing was written.",
        StatusCodes.Status413PayloadTooLarge => "The body is over its limit: 64 KB (2 MB for an import).",
        StatusCodes.Status415UnsupportedMediaType => "The body is not of the media type the operation takes (see its request body).",
        StatusCodes.Status422UnprocessableEntity => "A value breaks a rule (an unknown region code, a missing citation ...); `errors` names each field by its JSON path. Nothing was written.",
        StatusCodes.Status428PreconditionRequired => "`If-Match` is missing (or `*`, which names no revision): send the ETag of the resource as read.",
        StatusCodes.Status206PartialContent => "Partial content: the bytes the `Range` header asked for, placed by `Content-Range`.",
        StatusCodes.Status302Found => "Found: the answer is at the URL in `Location`.",
        StatusCodes.Status429TooManyRequests => "This client used its requests for the minute; retry after the seconds in `Retry-After`.",
        StatusCodes.Status416RangeNotSatisfiable => "The `Range` starts past the end of the file; `Content-Range` gives its length.",
        StatusCodes.Status404NotFound => "No resource has this id.",
        StatusCodes.Status503ServiceUnavailable when type == typeof(ProblemDetails) =>
            "Storage is down or holds no directory yet; retry after the seconds in `Retry-After`.",
        StatusCodes.Status503ServiceUnavailable => "Storage is down (`unhealthy`) or holds no directory (`unseeded`).",
        _ => throw new InvalidOperationException($"No description for status {status}; add one to {nameof(OperationResponses)}."),
    };

    private static void SortByStatus(OpenApiOperation operation)
    {
        var sorted = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in sorted)
        {
            operation.Responses[status] = response;
        }
    }
}
