namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// Marks an endpoint that sends its own strong ETag and answers <c>If-None-Match</c> itself (stored
/// files, whose hash is known before their bytes are read): <see cref="ConditionalGetMiddleware"/>
/// neither buffers nor re-hashes its body.
/// </summary>
public sealed class OwnConditionalGet
{
    public static OwnConditionalGet Instance { get; } = new();

    private OwnConditionalGet()
    {
    }
}

public static class OwnConditionalGetExtensions
{
    public static RouteHandlerBuilder WithOwnConditionalGet(this RouteHandlerBuilder builder) => builder.WithMetadata(OwnConditionalGet.Instance);
}
