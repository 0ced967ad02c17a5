using Microsoft.Extensions.DependencyInjection.Extensions;
using MppDirectory.Api.Diagnostics;
using MppDirectory.Api.Http;
using MppDirectory.Api.Http.Health;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.RateLimiting;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Datasets;
using MppDirectory.Api.Http.Holidays;
using MppDirectory.Api.Http.Notes;
using MppDirectory.Api.Http.Regions;
using MppDirectory.Api.Http.Search;
using MppDirectory.Api.Http.Services;
using MppDirectory.Api.Http.Sources;
using MppDirectory.Api.Http.Statistics;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Counters;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.OpenApi;
using MppDirectory.Api.Pages;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;
using MppDirectory.Storage;

namespace MppDirectory.Api.Hosting;

/// <summary>The app, built the same way for the Functions host, a local run and the tests.</summary>
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
        app.UseDirectoryCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!ReadEdition.IsEnabled)
        {
            // Before the limiter, which then counts the client the reads app names, not the reads app.
            app.UseForwarderProofCheck(app.Configuration);
        }

        app.UseRouting();
        app.UseCors();
        if (!ReadEdition.IsEnabled)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        app.UseClientRateLimiting();
        if (ReadEdition.IsEnabled)
        {
            app.UseStewardshipForwarding();
        }

        app.UseMiddleware<CanonicalUrlMiddleware>();
        app.UseWhen(
            c => c.Request.Path.StartsWithSegments(ConditionalGetMiddleware.Scope) || c.GetEndpoint()?.Metadata.GetMetadata<SitePage>() is not null,
            cached => cached.UseMiddleware<ConditionalGetMiddleware>());
        app.MapDirectoryEndpoints();
        return app;
    }

    public static IServiceCollection AddDirectoryServices(this IServiceCollection services, IConfiguration configuration)
    {
        if (ReadEdition.IsEnabled)
        {
            services.AddDirectorySnapshots(configuration);
        }
        else
        {
            services.AddDirectoryStorage(configuration);
            services.AddSingleton<Publishing.DatasetAutoPublisher>();
            services.AddHostedService(sp => sp.GetRequiredService<Publishing.DatasetAutoPublisher>());
        }

        services.AddDirectoryTelemetry(configuration);
        services.Configure<DirectoryOptions>(configuration.GetSection(DirectoryOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectoryReadModel>();
        services.AddSingleton<MppDirectory.Api.Http.Caching.AnswerWindow>();
        services.AddSingleton<MppDirectory.Api.Http.Caching.ClockBoundAnswers>();
        services.AddSingleton<MppDirectory.Api.Http.Caching.AnswerCache>();
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
        if (ReadEdition.IsEnabled)
        {
            services.AddStewardshipForwarding(configuration, environment);
        }
        else
        {
            services.AddStewardAuthentication(configuration, environment);
        }

        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Link", "X-Total-Count", "Content-Disposition", "RateLimit", "RateLimit-Policy", "Retry-After")));
        return services;
    }

    /// <summary>The route table; each route is also an HTTP function (see functions/http).</summary>
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder routes)
    {
        var all = routes.MapGroup("").AnswerHeadAndPreflight();
        all.MapRoot();
        all.MapHealth();

        var data = all.MapGroup("").ReadsStorage();
        data.MapMpps();
        data.MapAgencies();
        data.MapServices();
        data.MapSearch();
        data.MapStatistics();
        data.MapRegions();
        data.MapSources();
        data.MapNotes();
        data.MapHolidays();
        if (!ReadEdition.IsEnabled)
        {
            // What needs the tables; the read edition forwards it here (StewardshipForwarding).
            data.MapDatasets();
            data.MapMppWrites();
            data.MapObservationWrites();
            data.MapScheduleWrites();
            data.MapSourceWrites();
            data.MapCounterWrites();
            data.MapChanges();
            data.MapImports();
            data.MapStewards();
        }

        all.MapOpenApiDocument();
        all.MapDocs();
        all.MapSite();
        // Every other address (file-like ones such as mpps.csv too) is a 404 and a known address asked
        // with another method a 405 with Allow, both turned into problems by ProblemResults.Describe.
        return routes;
    }
}
