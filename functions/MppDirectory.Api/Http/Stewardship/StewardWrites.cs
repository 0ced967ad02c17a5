namespace MppDirectory.Api.Http.Stewardship;

/// <summary>One way to declare a steward's write route: the token it needs and the problems every write may answer.</summary>
public static class StewardWrites
{
    /// <summary>Needs a token allowed by <paramref name="policy"/>; answers 401, 403, 413, 415 and 422 problems like every write.</summary>
    public static RouteHandlerBuilder AsStewardWrite(this RouteHandlerBuilder route, string policy = StewardAuthentication.WritePolicy) =>
        route.RequireAuthorization(policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
