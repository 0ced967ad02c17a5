using System.Text.Json.Nodes;
using FluentValidation;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>One way a write turns its body into its input: the shape (400 naming the field), then the rules (422 naming each field).</summary>
internal static class WriteInputs
{
    /// <param name="title">The 400's title, naming what the body is (Invalid counter).</param>
    public static async Task<(T? Input, IResult? Problem)> ReadAsync<T>(JsonNode? body, IValidator<T> rules, string title, CancellationToken cancellationToken)
        where T : class
    {
        var (input, shapeErrors) = StrictJson.Parse<T>(body);
        if (input is null)
        {
            return (null, ProblemResults.InvalidParameters(shapeErrors, title));
        }

        var validation = await rules.ValidateAsync(input, cancellationToken);
        return validation.IsValid ? (input, null) : (null, ProblemResults.Unprocessable(ProblemResults.ByField(validation.Errors)));
    }
}
