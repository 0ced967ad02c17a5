using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Stewardship;

namespace MppDirectory.Api.Http.Writes;

/// <summary>One way to declare a steward's write route: the token it needs, the problems every write may answer, never cached.</summary>
public static class StewardWriteRoute
{
    /// <summary>
    /// Needs a token allowed by <paramref name="policy"/> whose subject is a registered, active steward
    /// (<see cref="RegisteredStewardFilter"/>); answers 401, 403, 413, 415, 422 and 429 problems like every write;
    /// its answers are for the writer alone (no-store). The handler goes through <see cref="StewardWrite"/>.
    /// </summary>
    public static RouteHandlerBuilder AsStewardWrite(this RouteHandlerBuilder route, string policy = StewardAuthentication.WritePolicy) =>
        route.RequireAuthorization(policy)
            .AddEndpointFilter<RouteHandlerBuilder, RegisteredStewardFilter>()
            .WithCacheControl(CacheControl.NoStore)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
