using MppDirectory.Api.Http;
using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Counters;
using MppDirectory.Api.Http.Datasets;
using MppDirectory.Api.Http.Health;
using MppDirectory.Api.Http.Holidays;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Notes;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Regions;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Http.Search;
using MppDirectory.Api.Http.Services;
using MppDirectory.Api.Http.Sources;
using MppDirectory.Api.Http.Statistics;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Suggestions;
using MppDirectory.Api.Http.Verifications;
using MppDirectory.Api.OpenApi;
using MppDirectory.Api.Pages;
using MppDirectory.Api.Publishing;
using MppDirectory.Api.StewardConsole;
using MppDirectory.Storage;

namespace MppDirectory.Api.Hosting;

/// <summary>
/// The two editions of the app, and the one place that says what each serves and what the read edition
/// forwards. Both are built from the same code; the <see cref="ReadEdition"/> switch, fixed when the read
/// edition is published, picks one. Only this class reads it, and every part only the stewardship edition
/// uses is reached from a branch here, so the trimmer drops it from the read edition.
/// <para>
/// Both editions serve, from the loaded snapshot and the app itself: the API's index (<c>/api</c>,
/// <c>/api/v1</c>) and health (<c>/api/health</c>); the reads of <c>/api/v1</c>: the MPPs
/// (<c>/mpps</c>, <c>/mpps/{id}</c>, its schedule, its counters and each counter), agencies, services,
/// search, statistics, regions, sources, notes and holidays; the contract (<c>/api/openapi.json</c>) and
/// its docs (<c>/api/docs</c> and its two scripts); and the site: the home page (<c>/</c>, or the API's
/// index for a client that asks for JSON), <c>/mpps/{id}</c>, <c>/statistics</c>, <c>/search</c>,
/// <c>/embed</c> with the card to frame (<c>/embed/mpps/{id}</c>) and the widget's fragments
/// (<c>/embed/fragments/…</c>), the site's stylesheet and the widget's stylesheet and script.
/// </para>
/// <para>
/// Only the stewardship edition (the full app, ReadyToRun) serves what needs the tables, whose SDK does not
/// run under Native AOT: the dataset versions (<c>/api/v1/datasets</c>, a version, a version's file) and
/// the <c>/datasets</c> page; the writes (create and patch an MPP, add an observation, put a schedule,
/// put and end a counter, verify an MPP or a counter, register a source); the change feed (<c>/api/v1/changes</c>); imports
/// (<c>/api/v1/imports</c>); the steward registry (<c>/api/v1/stewards</c>); residents' suggested corrections
/// (<c>/api/v1/suggestions</c>, the form <c>/mpps/{id}/saran</c> and each suggestion's page <c>/saran/{id}</c>); and the
/// stewards' console (<c>/kelola</c>: sign-in, the steward's MPPs, their edit forms, the suggestions queue). It authenticates
/// stewards, takes requests only with the read edition's proof (health aside), and publishes datasets in
/// the background.
/// </para>
/// <para>
/// The read edition (Native AOT) reads the published snapshot only, and forwards to the stewardship
/// edition every request that none of its routes serves with that method (<see cref="StewardshipForwarding"/>):
/// all the routes above that only the stewardship edition serves, and any other address or method, which
/// the stewardship edition then answers (a 404, or a 405 with <c>Allow</c>).
/// </para>
/// </summary>
public static class Editions
{
    /// <summary>
    /// Where the directory comes from: the published snapshot (blobs) in the read edition; in the stewardship
    /// edition the tables too, and the publisher that turns them into datasets.
    /// </summary>
    public static void AddStorage(IServiceCollection services, IConfiguration configuration)
    {
        if (ReadEdition.IsEnabled)
        {
            services.AddDirectorySnapshots(configuration);
        }
        else
        {
            services.AddDirectoryStorage(configuration);
            services.AddSingleton<DatasetAutoPublisher>();
            services.AddHostedService(sp => sp.GetRequiredService<DatasetAutoPublisher>());
        }
    }

    /// <summary>
    /// Who answers what is not read: the read edition passes it on to the stewardship edition; the stewardship
    /// edition authenticates stewards and the read edition's proof.
    /// </summary>
    public static void AddCallers(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (ReadEdition.IsEnabled)
        {
            services.AddStewardshipForwarding(configuration, environment);
        }
        else
        {
            services.AddStewardAuthentication(configuration, environment);
            // The console's sign-in and session, and the antiforgery tokens of every form (the console's and the suggestion form's).
            services.AddStewardConsole(configuration, environment);
            // Residents' suggestions have a per-client quota of their own.
            services.AddSingleton<SuggestionQuota>();
        }
    }

    /// <summary>
    /// In the stewardship edition, before routing and the rate limiter (which then counts the client the read
    /// edition names, not the read edition): every request but health needs the read edition's proof.
    /// </summary>
    public static void UseProofOfTheReadEdition(IApplicationBuilder app, IConfiguration configuration)
    {
        if (!ReadEdition.IsEnabled)
        {
            app.UseForwarderProofCheck(configuration);
        }
    }

    /// <summary>In the stewardship edition, after CORS: who the steward is, and what the steward may do.</summary>
    public static void UseStewardAuthentication(IApplicationBuilder app)
    {
        if (!ReadEdition.IsEnabled)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }
    }

    /// <summary>In the read edition, after the rate limiter: what no route here serves goes to the stewardship edition.</summary>
    public static void UseForwarding(IApplicationBuilder app)
    {
        if (ReadEdition.IsEnabled)
        {
            app.UseStewardshipForwarding();
        }
    }

    /// <summary>The route table of this edition; each route is also an HTTP function (see functions/http).</summary>
    public static IEndpointRouteBuilder MapRoutes(IEndpointRouteBuilder routes)
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
            MapStewardshipRoutes(all, data);
        }

        all.MapOpenApiDocument();
        all.MapDocs();
        all.MapSite();
        // Every other address (file-like ones such as mpps.csv too) is a 404 and a known address asked
        // with another method a 405 with Allow, both turned into problems by ProblemResults.Describe.
        return routes;
    }

    /// <summary>What needs the tables; the read edition forwards it here (<see cref="StewardshipForwarding"/>).</summary>
    private static void MapStewardshipRoutes(RouteGroupBuilder all, RouteGroupBuilder data)
    {
        data.MapDatasets();
        data.MapMppWrites();
        data.MapObservationWrites();
        data.MapScheduleWrites();
        data.MapSourceWrites();
        data.MapCounterWrites();
        data.MapVerifications();
        data.MapChanges();
        data.MapImports();
        data.MapStewards();
        data.MapSuggestions();
        // The suggestion form and each suggestion's page: the form needs the tables, and antiforgery, which only this edition has.
        all.MapSuggestionPages();
        // Dataset versions are listed in a table on this page too.
        all.MapDatasetsPage();
        all.MapStewardConsole();
    }
}
