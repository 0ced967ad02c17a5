namespace MppDirectory.Api.Http.Caching;

/// <summary>Endpoint conventions for <c>Cache-Control</c>; the rest get <see cref="ConditionalGetMiddleware.DefaultCacheControl"/>.</summary>
public static class CacheControl
{
    public static TBuilder WithCacheControl<TBuilder>(this TBuilder builder, string value)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = value;
            return await next(context);
        });

    /// <summary>Answers that change with the clock (open now, next opening).</summary>
    public const string ClockDependent = "public, max-age=30";

    public const string NoStore = "no-store";
}
