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

    /// <summary>What a write answers: the resource as it is now, for the writer alone, kept by no cache.</summary>
    public const string NoStore = "no-store";

    /// <param name="alternatives">Other values the endpoint sets itself in some answers (the contract lists them all).</param>
    public static TBuilder WithCacheControl<TBuilder>(this TBuilder builder, string value, params string[] alternatives)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CacheControlMetadata(value, alternatives));

    /// <summary>The endpoint's declared value, else <see cref="ConditionalGetMiddleware.DefaultCacheControl"/>.</summary>
    public static string Of(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<CacheControlMetadata>()?.Value ?? ConditionalGetMiddleware.DefaultCacheControl;
}

/// <summary>The <c>Cache-Control</c> an endpoint's successful answers carry, and any other value the endpoint sets itself in some.</summary>
public sealed record CacheControlMetadata(string Value, IReadOnlyList<string>? Alternatives = null)
{
    public IEnumerable<string> All => [Value, .. Alternatives ?? []];
}
