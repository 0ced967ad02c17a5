using FluentValidation;

namespace MppDirectory.Api.Http.Validation;

/// <summary>
/// Validates the endpoint's <typeparamref name="T"/> argument and answers a 400 validation problem
/// naming each parameter at fault.
/// </summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            return await next(context);
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        var errors = result.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            errors,
            title: "Invalid query parameters",
            detail: "Invalid value for " + string.Join(", ", errors.Keys) + ".");
    }
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder ValidateQuery<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
