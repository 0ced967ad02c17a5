using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MppDirectory.Api.Hosting;
using MppDirectory.Azurite;
using MppDirectory.Domain;
using MppDirectory.Storage.Records;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests;

/// <summary>
/// The assembly's real Azurite, a directory written to it under names of this fixture's own, and the
/// app on Kestrel on a free loopback port: the same parts that run in production, started once per
/// test class. The app's clock is the test's.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public DirectoryStore Store { get; private set; } = null!;

    /// <summary>The running app's services, for tests that need more than the directory store.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The directory the fixture writes: the seed dataset unless a subclass says otherwise.</summary>
    public virtual DirectoryData Seed => TestSeed.Data;

    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public StorageNames Names { get; } = StorageNames.Unique();

    public AzuriteProcess Azurite { get; private set; } = null!;

    /// <summary>Whether the fixture registers <see cref="Stewardship.StewardTokens.Registered"/> (audited, so the change feed shows them).</summary>
    public bool RegistersTestStewards { get; init; } = true;

    public async Task InitializeAsync()
    {
        Azurite = await SharedAzurite.GetAsync();
        Store = DirectoryStore.From(Names.ClientsFor(Azurite));
        await Store.SyncAsync(Seed);

        _app = StartApp(Azurite.ConnectionString, Names, Clock);
        await _app.StartAsync();
        if (RegistersTestStewards)
        {
            await Stewardship.StewardTokens.RegisterAllAsync(_app.Services.GetRequiredService<StewardRegistry>());
        }
        // Redirects are answers to check, not to follow.
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BoundAddress(_app)) };

        // The read model loads in the background; tests start once it has (health answers at once, without waiting).
        await Eventually.WaitForAsync(
            async () => (await Client.GetAsync("/api/health")).StatusCode,
            status => status == System.Net.HttpStatusCode.OK,
            TimeSpan.FromSeconds(15),
            "the first load of the read model");
    }

    /// <summary>The app on a free loopback port; the read model refreshes every 100 ms unless <paramref name="settings"/> say otherwise.</summary>
    public static WebApplication StartApp(string connectionString, StorageNames names, TimeProvider? clock = null, IDictionary<string, string?>? settings = null) =>
        DirectoryApp.Build([], builder =>
        {
            // As `npm start` runs it: the development key signs tokens only in Development.
            builder.Environment.EnvironmentName = Environments.Development;
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = connectionString,
                ["Storage:TablePrefix"] = names.TablePrefix,
                ["Storage:DatasetContainer"] = names.DatasetContainer,
                ["Directory:VersionCheckInterval"] = "00:00:00.100",
                ["Directory:DatasetPublishDelay"] = "00:00:00.200",
                ["PublicBaseUrl"] = PublicBaseUrl,
                ["RateLimiting:PermitsPerMinute"] = "100000", // on, so its headers show, but never reached by a test
                ["RateLimiting:WritePermitsPerMinute"] = "100000", // likewise per steward (StewardWriteQuotaTests set their own)
                ["RateLimiting:SuggestionsPerHour"] = "100000", // likewise per client for suggestions (SuggestionTests set their own)
                ["Authentication:DevelopmentKey"] = Stewardship.StewardTokens.Key,
            });
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }

            if (clock is not null)
            {
                builder.Services.AddSingleton(clock);
            }
        });

    /// <summary>The public address links are built from: deliberately not the address the tests call.</summary>
    public const string PublicBaseUrl = "https://api.mpp-directory.test";

    public static string BoundAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
