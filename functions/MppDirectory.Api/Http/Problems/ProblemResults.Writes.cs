using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MppDirectory.Api.Http.Problems;

/// <summary>The problems only writes answer with (RFC 9457).</summary>
public static partial class ProblemResults
{
    public static ProblemHttpResult UnsupportedMediaType(string expected) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
        detail: $"Send the body as {expected}.");

    public static ProblemHttpResult TooLarge(int limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
        detail: $"A write's body holds at most {limit / 1024} KB.");

    public static ProblemHttpResult MalformedJson(string reason) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON",
        detail: "The body is not valid JSON: " + reason);

    public static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
        detail: "Send If-Match with the ETag of the resource as you read it, so that no one else's change is lost.");

    /// <summary>An <c>If-Match</c> that is not a list of entity tags: a 400 naming the header, like a bad query value.</summary>
    public static ProblemHttpResult MalformedIfMatch() => InvalidBody(
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["If-Match"] = ["must be the ETag of the resource as read, in double quotes as the ETag header gives it, such as \"0f21dd40c285ad4c.0e7a1b2c3d4e5f60718293a4\""],
        },
        "Invalid If-Match");

    public static ProblemHttpResult PreconditionFailed() => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed since read",
        detail: "The resource changed since the ETag in If-Match; read it again, then repeat the change if it still applies. Nothing was written.");

    public static ProblemHttpResult OutOfScope(string id, MppDirectory.Domain.Stewardship.StewardScope scope) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Outside the steward's scope",
        detail: $"This steward is registered for {scope} only; '{id}' is not among them, where it is stored or where the change would put it. Nothing was written.");

    public static ProblemHttpResult NotThroughPublicAddress() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Use the public address",
        detail: "This app answers only requests forwarded by the directory's public address; send this request there.");

    public static ProblemHttpResult NotRegistered() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not a registered steward",
        detail: "This token's subject is not in the steward registry. A directory admin registers stewards (POST /api/v1/stewards) with the places they answer for. Nothing was written.");

    public static ProblemHttpResult StewardInactive(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Steward not active",
        detail: $"The steward '{id}' is registered but no longer active. Nothing was written.");

    public static ProblemHttpResult TooManyWrites(int seconds) => TypedResults.Problem(
        statusCode: StatusCodes.Status429TooManyRequests, title: "Too many writes",
        detail: $"This steward has used their writes for this minute; try again in {seconds} s. A bulk change is one import (POST /api/v1/imports). Nothing was written.");

    public static ProblemHttpResult Unprocessable(IDictionary<string, string[]> errors) => FieldProblem(
        errors, StatusCodes.Status422UnprocessableEntity, "Invalid change", "Invalid value for " + string.Join(", ", errors.Keys) + ". Nothing was written.");

    /// <summary>A write's body (or header) of the wrong shape: a 400 naming each field at fault, titled by what the body is (Invalid counter).</summary>
    public static ProblemHttpResult InvalidBody(IDictionary<string, string[]> errors, string title) =>
        FieldProblem(errors, StatusCodes.Status400BadRequest, title, "Invalid value for " + string.Join(", ", errors.Keys) + ".");

    /// <summary>An import with problems: each row and column at fault, and nothing written.</summary>
    public static ProblemHttpResult ImportRejected(IReadOnlyList<MppDirectory.Datasets.Importing.ImportProblem> problems) => FieldProblem(
        problems.GroupBy(p => p.Column is null ? $"row {p.Row}" : $"row {p.Row}, {p.Column}")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
        StatusCodes.Status422UnprocessableEntity,
        "The file cannot be imported",
        $"{problems.Select(p => p.Row).Distinct().Count()} row(s) have problems; nothing was written. Rows are numbered as in a spreadsheet (the header is row 1).");

    /// <summary>An import that reaches outside the steward's scope: each row at fault, and nothing written.</summary>
    public static ProblemHttpResult ImportOutOfScope(IReadOnlyList<MppDirectory.Datasets.Importing.ImportProblem> problems, MppDirectory.Domain.Stewardship.StewardScope scope) => FieldProblem(
        problems.GroupBy(p => $"row {p.Row}, {p.Column}").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
        StatusCodes.Status403Forbidden,
        "Outside the steward's scope",
        $"This steward is registered for {scope} only; {problems.Count} row(s) change MPPs outside it. Nothing was written.");

    public static ProblemHttpResult AlreadyExists(string resource, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Already exists",
        detail: $"The {resource} '{id}' exists already: another write registered it meanwhile. Nothing was written.");

    public static ProblemHttpResult AlreadyEnded(string counterId, string? since) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Already ended",
        detail: $"The counter '{counterId}' has ended already (since {since ?? "a date no source gives"}); nothing was written.");

    public static ProblemHttpResult TooManySuggestions(int seconds) => TypedResults.Problem(
        statusCode: StatusCodes.Status429TooManyRequests, title: "Too many suggestions",
        detail: $"This client has sent its suggestions for this hour; try again in {seconds} s (Retry-After). Nothing was stored.");

    public static ProblemHttpResult SuggestionClosed(string id, string status) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "Suggestion closed already",
        detail: $"The suggestion '{id}' is {status} already (another steward may have answered it first); nothing was changed.");

    public static ProblemHttpResult Unauthenticated() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required",
        detail: "Writes need a bearer token of a steward (Authorization: Bearer …); this request had none or an invalid one.");

    public static ProblemHttpResult MissingRole(string role) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
        detail: $"This token does not carry the role {role}.");

    /// <summary>A problem with <c>errors</c>: each field (or row, or header) at fault with what is wrong with it.</summary>
    private static ProblemHttpResult FieldProblem(IDictionary<string, string[]> errors, int status, string title, string detail) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail });

    /// <summary>Validation failures by the field they name, the shape of a validation problem's <c>errors</c>.</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<ValidationFailure> failures) =>
        failures
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal);
}
