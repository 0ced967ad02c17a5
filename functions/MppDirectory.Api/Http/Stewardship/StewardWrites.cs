namespace MppDirectory.Api.Http.Stewardship;

/// <summary>One way to declare a steward's write route: the token it needs and the problems every write may answer.</summary>
public static class StewardWrites
{
    /// <summary>
    /// Needs a token allowed by <paramref name="policy"/> whose subject is a registered, active steward
    /// (<see cref="RegisteredStewardFilter"/>); answers 401, 403, 413, 415, 422 and 429 problems like every write.
    /// </summary>
    public static RouteHandlerBuilder AsStewardWrite(this RouteHandlerBuilder route, string policy = StewardAuthentication.WritePolicy) =>
        route.RequireAuthorization(policy)
            .AddEndpointFilter<RouteHandlerBuilder, RegisteredStewardFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
