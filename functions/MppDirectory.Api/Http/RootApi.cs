namespace MppDirectory.Api.Http;

/// <summary>
/// <c>/</c> answers at once without storage: the Functions host polls it to learn that the custom
/// handler is up, and people who open the bare address find their way on.
/// </summary>
public static class RootApi
{
    public static IEndpointRouteBuilder MapRoot(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", () => TypedResults.Ok(new ServiceIndex(
                "MPP Directory",
                "Open data API of Indonesia's Mal Pelayanan Publik (public service malls).",
                "/api/v1/mpps",
                "/api/health")))
            .ExcludeFromDescription();
        return routes;
    }
}

public sealed record ServiceIndex(string Name, string Description, string Mpps, string Health);
