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

/// <summary>
/// What a write's body is: the input type it is read into and a sentence for the contract. The contract's request
/// body schema is looked up by <see cref="Input"/> (Api.OpenApi's WriteContract), so a new kind of write without a
/// schema fails the contract's build rather than going out undocumented.
/// </summary>
public sealed record WriteBodyMetadata(Type Input, string Description);

public static class WriteBodyDeclaration
{
    /// <summary>The route takes a body of these media types, read into <paramref name="input"/> (see <see cref="WriteBodyMetadata"/>).</summary>
    public static RouteHandlerBuilder AcceptsBody(this RouteHandlerBuilder route, Type input, string description, string contentType, params string[] otherContentTypes) =>
        route.Accepts<System.Text.Json.Nodes.JsonObject>(contentType, otherContentTypes).WithMetadata(new WriteBodyMetadata(input, description));
}
