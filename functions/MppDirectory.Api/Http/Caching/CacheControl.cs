namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// The <c>Cache-Control</c> of answers, and the one place that writes the header. An endpoint declares the
/// value of its successful answers (<see cref="WithCacheControl"/>); an answer that needs another (a redirect,
/// an admin's view, a clock-bound <c>max-age</c>) chooses it (<see cref="Choose"/>). Just before the
/// response starts, <see cref="CacheControlWriter"/> writes the chosen value, else the declared one for a
/// 2xx or 304; problems (4xx, 5xx) get none, so that no cache keeps an error.
/// </summary>
public static class CacheControl
{
    private static readonly object ChosenKey = new();

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

    /// <summary>This answer's value, in place of the endpoint's declared one (written unless the answer turns out a problem).</summary>
    public static void Choose(HttpContext context, string value) => context.Items[ChosenKey] = value;

    /// <summary>The value this answer chose, if it chose one.</summary>
    public static string? ChosenFor(HttpContext context) => context.Items.TryGetValue(ChosenKey, out var value) ? value as string : null;

    /// <summary>What the header says for this answer, by its status: null for a problem or where nothing applies.</summary>
    internal static string? For(HttpContext context)
    {
        var status = context.Response.StatusCode;
        if (status >= StatusCodes.Status400BadRequest)
        {
            return null;
        }

        return ChosenFor(context)
            ?? (status is >= 200 and < 300 or StatusCodes.Status304NotModified
                ? context.GetEndpoint()?.Metadata.GetMetadata<CacheControlMetadata>()?.Value
                : null);
    }
}

/// <summary>
/// Writes <c>Cache-Control</c> as the response starts (<see cref="CacheControl.For"/>): the only code that sets
/// the header, so a handler, a middleware or the answer cache says what it wants and never writes it itself.
/// </summary>
public sealed class CacheControlWriter(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            if (CacheControl.For(context) is { } value)
            {
                context.Response.Headers.CacheControl = value;
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}

/// <summary>The <c>Cache-Control</c> an endpoint's successful answers carry, and any other value the endpoint sets itself in some.</summary>
public sealed record CacheControlMetadata(string Value, IReadOnlyList<string>? Alternatives = null)
{
    public IEnumerable<string> All => [Value, .. Alternatives ?? []];
}
