using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Results;

namespace MppDirectory.Api.Http.Validation;

/// <summary>
/// Validates every argument of the endpoint that has a registered validator (the list's query record
/// and its <see cref="Paging.PageQuery"/>) and answers one 400 validation problem naming each
/// parameter at fault.
/// </summary>
public sealed class ValidationFilter(IEnumerable<IValidator> validators) : IEndpointFilter
{
    // Looked up by the argument's type once per endpoint: no generic type made at run time (Native AOT). Per filter,
    // not static: a validator holds its app's services (the read model), and a process may host more than one app
    // (the tests do), where a static cache handed one app's validators, bound to another app's directory, to all.
    private readonly ConcurrentDictionary<Type, IValidator?> _validatorsByType = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var failures = new List<ValidationFailure>();
        foreach (var argument in context.Arguments)
        {
            if (argument is not null
                && _validatorsByType.GetOrAdd(argument.GetType(), t => validators.FirstOrDefault(v => v.CanValidateInstancesOfType(t))) is { } validator)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                failures.AddRange(result.Errors);
            }
        }

        if (failures.Count == 0)
        {
            return await next(context);
        }

        return Problems.ProblemResults.InvalidParameters(Problems.ProblemResults.ByField(failures), "Invalid query parameters");
    }
}

public static class ValidationFilterExtensions
{
    /// <summary>Validates the endpoint's query records (see <see cref="ValidationFilter"/>).</summary>
    public static RouteHandlerBuilder ValidateQuery(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter>().ProducesValidationProblem();
}
