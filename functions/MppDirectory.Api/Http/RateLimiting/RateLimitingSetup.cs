using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Diagnostics;
using MppDirectory.Api.Http.Problems;

namespace MppDirectory.Api.Http.RateLimiting;

public static class RateLimitingSetup
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.Section));
        services.AddSingleton<ClientRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ClientRateLimiter, DirectoryMetrics>((options, limiter, metrics) =>
        {
            options.GlobalLimiter = limiter.Limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                metrics.RateLimited();
                var seconds = limiter.SecondsToReset(context.HttpContext);
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new ValueTask(ProblemResults.TooManyRequests(seconds).ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    /// <summary>The limiter, with its headers on every answer (429s and errors too), after CORS so that scripts may read them.</summary>
    public static IApplicationBuilder UseClientRateLimiting(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<ClientRateLimiter>();
        if (limiter.Limiter is null)
        {
            return app;
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                limiter.WriteHeaders(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app.UseRateLimiter();
    }
}
