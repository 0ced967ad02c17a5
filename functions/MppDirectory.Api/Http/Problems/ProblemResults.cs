using Microsoft.AspNetCore.Http.HttpResults;

namespace MppDirectory.Api.Http.Problems;

/// <summary>
/// The one place that shapes RFC 9457 problem answers: each outcome a handler, filter or the
/// pipeline answers with a problem is a method here, so titles and details read alike everywhere.
/// </summary>
public static partial class ProblemResults
{
    public const string StorageUnavailableTitle = "Storage unavailable";

    /// <summary>Seconds a client should wait before retrying a 503.</summary>
    public const int RetryAfterSeconds = 30;

    public static ProblemHttpResult NotFound(string resource, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{resource} not found",
            detail: $"No {resource} has the id '{id}'.");

    /// <summary>Fills in the problems the pipeline writes itself (status code pages: no route, wrong method).</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        switch (problem.Status)
        {
            case StatusCodes.Status404NotFound when problem.Detail is null:
                problem.Title = "Not found";
                problem.Detail = "No resource has this address. Start at /api/v1.";
                break;
            case StatusCodes.Status405MethodNotAllowed:
                problem.Title = "Method not allowed";
                problem.Detail = $"This address answers {context.HttpContext.Response.Headers.Allow} only; see the Allow header.";
                break;
        }
    }

    /// <summary>A 400 naming each parameter at fault, with what is wrong with it.</summary>
    public static ValidationProblem InvalidParameters(IDictionary<string, string[]> errors, string title) =>
        TypedResults.ValidationProblem(errors, title: title, detail: "Invalid value for " + string.Join(", ", errors.Keys) + ".");

    public static ProblemHttpResult TooManyRequests(int retryAfterSeconds) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"This client has used its requests for this minute; retry after {retryAfterSeconds} s (Retry-After). RateLimit-Policy states the quota.");

    public static ProblemHttpResult RangeNotSatisfiable(long length) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status416RangeNotSatisfiable,
            title: "Range not satisfiable",
            detail: $"The file has {length} bytes; the requested range starts beyond them.");
}
