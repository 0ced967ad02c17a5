using Microsoft.Extensions.DependencyInjection.Extensions;
using MppDirectory.Api.Diagnostics;
using MppDirectory.Api.Http;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.RateLimiting;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.Pages;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;

namespace MppDirectory.Api.Hosting;

/// <summary>
/// The app, built the same way for the Functions host, a local run and the tests. What differs between the read
/// edition and the stewardship edition (storage, callers, the steps of the pipeline only one has, the route
/// table) it asks of <see cref="Editions"/>.
/// </summary>
public static class DirectoryApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseCustomHandlerPort();
        configure?.Invoke(builder);

        builder.Services.AddDirectoryServices(builder.Configuration);
        builder.Services.AddDirectoryHttp(builder.Configuration, builder.Environment);

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<HeadResponseMiddleware>();
        app.UseMiddleware<CacheControlWriter>();
        app.UseDirectoryCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        Editions.UseProofOfTheReadEdition(app, app.Configuration);
        app.UseRouting();
        app.UseCors();
        Editions.UseStewardAuthentication(app);
        app.UseClientRateLimiting();
        Editions.UseForwarding(app);

        app.UseMiddleware<CanonicalUrlMiddleware>();
        app.UseWhen(
            c => c.Request.Path.StartsWithSegments(ConditionalGetMiddleware.Scope) || c.GetEndpoint()?.Metadata.GetMetadata<SitePage>() is not null,
            cached => cached.UseMiddleware<ConditionalGetMiddleware>());
        Editions.MapRoutes(app);
        return app;
    }

    public static IServiceCollection AddDirectoryServices(this IServiceCollection services, IConfiguration configuration)
    {
        Editions.AddStorage(services, configuration);
        services.AddDirectoryTelemetry(configuration);
        services.Configure<DirectoryOptions>(configuration.GetSection(DirectoryOptions.Section));
        services.AddOptions<DirectoryOptions>()
            .Validate(
                o => o.VerificationPeriodDays is >= 1 and <= Domain.Records.VerificationRules.MaxPeriodDays,
                $"Directory:VerificationPeriodDays must be 1 to {Domain.Records.VerificationRules.MaxPeriodDays} days.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectoryReadModel>();
        services.AddSingleton<AnswerWindow>();
        services.AddSingleton<ClockBoundAnswers>();
        services.AddSingleton<AnswerCache>();
        services.AddHostedService<ReadModelRefresher>();
        return services;
    }

    private static IServiceCollection AddDirectoryHttp(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton<PublicUrls>();
        services.AddClientRateLimiting(configuration);
        services.AddDirectoryCompression();
        // Answers are written from metadata made at build time only (ApiJsonContext, the domain's), never by reflection.
        services.ConfigureHttpJsonOptions(options =>
            DirectoryJson.Configure(options.SerializerOptions).TypeInfoResolver = ApiJson.Resolver);
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<PublicUrls>((options, urls) => options.SerializerOptions.Converters.Add(new PublicLinkJsonConverter(urls)));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemResults.Describe);
        services.AddExceptionHandler<StorageExceptionHandler>();
        services.AddQueryValidators();
        Editions.AddCallers(services, configuration, environment);
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Link", "X-Total-Count", "Content-Disposition", "RateLimit", "RateLimit-Policy", "Retry-After")));
        return services;
    }
}
