using FluentValidation.Results;

namespace MppDirectory.Api.Http.Problems;

/// <summary>The problems only writes answer with (RFC 9457).</summary>
public static partial class ProblemResults
{
    public static IResult UnsupportedMediaType(string expected) => Results.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
        detail: $"Send the body as {expected}.");

    public static IResult TooLarge(int limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
        detail: $"A write's body holds at most {limit / 1024} KB.");

    public static IResult MalformedJson(string reason) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON",
        detail: "The body is not valid JSON: " + reason);

    public static IResult PreconditionRequired() => Results.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
        detail: "Send If-Match with the ETag of the resource as you read it, so that no one else's change is lost.");

    /// <summary>An <c>If-Match</c> that is not a list of entity tags: a 400 naming the header, like a bad query value.</summary>
    public static IResult MalformedIfMatch() => InvalidParameters(
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["If-Match"] = ["must be the ETag of the resource as read, in double quotes as the ETag header gives it, such as \"0f21dd40c285ad4c.0e7a1b2c3d4e5f60718293a4\""],
        },
        "Invalid If-Match");

    public static IResult PreconditionFailed() => Results.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed since read",
        detail: "The resource changed since the ETag in If-Match; read it again, then repeat the change if it still applies. Nothing was written.");

    public static IResult OutOfScope(string id, MppDirectory.Domain.Stewardship.StewardScope scope) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Outside the steward's scope",
        detail: $"This steward is registered for {scope} only; '{id}' is not among them, where it is stored or where the change would put it. Nothing was written.");

    public static IResult NotThroughPublicAddress() => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Use the public address",
        detail: "This app answers only requests forwarded by the directory's public address; send this request there.");

    public static IResult NotRegistered() => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not a registered steward",
        detail: "This token's subject is not in the steward registry. A directory admin registers stewards (POST /api/v1/stewards) with the places they answer for. Nothing was written.");

    public static IResult StewardInactive(string id) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Steward not active",
        detail: $"The steward '{id}' is registered but no longer active. Nothing was written.");

    public static IResult TooManyWrites(int seconds) => Results.Problem(
        statusCode: StatusCodes.Status429TooManyRequests, title: "Too many writes",
        detail: $"This steward has used their writes for this minute; try again in {seconds} s. A bulk change is one import (POST /api/v1/imports). Nothing was written.");

    public static IResult Unprocessable(IDictionary<string, string[]> errors) => Results.ValidationProblem(
        errors, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Invalid change",
        detail: "Invalid value for " + string.Join(", ", errors.Keys) + ". Nothing was written.");

    /// <summary>An import with problems: each row and column at fault, and nothing written.</summary>
    public static IResult ImportRejected(IReadOnlyList<MppDirectory.Datasets.Importing.ImportProblem> problems) => Results.ValidationProblem(
        problems.GroupBy(p => p.Column is null ? $"row {p.Row}" : $"row {p.Row}, {p.Column}")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
        title: "The file cannot be imported",
        detail: $"{problems.Select(p => p.Row).Distinct().Count()} row(s) have problems; nothing was written. Rows are numbered as in a spreadsheet (the header is row 1).",
        statusCode: StatusCodes.Status422UnprocessableEntity);

    /// <summary>An import that reaches outside the steward's scope: each row at fault, and nothing written.</summary>
    public static IResult ImportOutOfScope(IReadOnlyList<MppDirectory.Datasets.Importing.ImportProblem> problems, MppDirectory.Domain.Stewardship.StewardScope scope) => Results.ValidationProblem(
        problems.GroupBy(p => $"row {p.Row}, {p.Column}").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
        title: "Outside the steward's scope",
        detail: $"This steward is registered for {scope} only; {problems.Count} row(s) change MPPs outside it. Nothing was written.",
        statusCode: StatusCodes.Status403Forbidden);

    public static IResult AlreadyExists(string resource, string id) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Already exists",
        detail: $"The {resource} '{id}' exists already: another write registered it meanwhile. Nothing was written.");

    public static IResult AlreadyEnded(string counterId, string? since) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Already ended",
        detail: $"The counter '{counterId}' has ended already (since {since ?? "a date no source gives"}); nothing was written.");

    public static IResult Unauthenticated() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required",
        detail: "Writes need a bearer token of a steward (Authorization: Bearer …); this request had none or an invalid one.");

    public static IResult MissingRole(string role) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
        detail: $"This token does not carry the role {role}.");

    /// <summary>Validation failures by the field they name, the shape of a validation problem's <c>errors</c>.</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<ValidationFailure> failures) =>
        failures
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal);
}
