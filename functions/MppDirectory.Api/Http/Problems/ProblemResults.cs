using Microsoft.AspNetCore.Http.HttpResults;

namespace MppDirectory.Api.Http.Problems;

/// <summary>RFC 9457 problem responses the endpoints return for expected outcomes.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult NotFound(string resource, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{resource} not found",
            detail: $"No {resource} has the id '{id}'.");
}
