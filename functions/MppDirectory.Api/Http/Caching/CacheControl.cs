namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// The <c>Cache-Control</c> of successful answers, declared per endpoint; problems get none, so
/// that no cache keeps an error.
/// </summary>
public static class CacheControl
{
    /// <summary>Answers that change with the clock (open now, next opening): at most this, and never past the next change (see ClockBoundAnswers).</summary>
    public const string ClockDependent = "public, max-age=30";

    /// <summary>Answers that never change, such as a published dataset version.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    public static TBuilder WithCacheControl<TBuilder>(this TBuilder builder, string value)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CacheControlMetadata(value));

    /// <summary>The endpoint's declared value, else <see cref="ConditionalGetMiddleware.DefaultCacheControl"/>.</summary>
    public static string Of(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<CacheControlMetadata>()?.Value ?? ConditionalGetMiddleware.DefaultCacheControl;
}

/// <summary>The <c>Cache-Control</c> an endpoint's successful answers carry.</summary>
public sealed record CacheControlMetadata(string Value);
