using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.OpenApi;
using MppDirectory.Storage.Publishing;

namespace MppDirectory.Api.Tests.Datasets;

/// <summary>
/// The app over the seed directory with one dataset version published, as `mppdir seed` leaves it, and the
/// contract's example steward registered (not the test stewards, whose registrations the examples do not show).
/// </summary>
public class DatasetApiFixture : IAsyncLifetime
{
    public DatasetApiFixture()
        : this(testStewards: false)
    {
    }

    protected DatasetApiFixture(bool testStewards) => Api = new() { RegistersTestStewards = testStewards };

    public ApiFixture Api { get; }

    /// <summary>GET as the public does, or, for the steward registry (admins only), with an admin's token.</summary>
    public Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (url.StartsWith("/api/v1/stewards", StringComparison.Ordinal))
        {
            request.Headers.Authorization = new("Bearer", Stewardship.StewardTokens.For("examples-admin", [MppDirectory.Api.Http.Stewardship.StewardRoles.Admin]));
        }

        return Api.Client.SendAsync(request);
    }

    public DatasetPublisher Publisher { get; private set; } = null!;

    public string FirstVersion { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        await ExampleSteward.RegisterAsync(
            Api.Services.GetRequiredService<MppDirectory.Storage.Records.StewardRegistry>(), MppDirectory.Api.Http.Stewardship.StewardshipOptions.DevelopmentIssuer, ExampleRequests.ExamplePublishTime);
        await ExampleSuggestion.StoreAsync(Api.Services.GetRequiredService<MppDirectory.Storage.Suggestions.SuggestionStore>(), ExampleRequests.ExamplePublishTime);
        // Published at the contract examples' instant, so that answers equal the examples (ResponseExampleTests).
        Publisher = new DatasetPublisher(Api.Services.GetRequiredService<DatasetStore>(), new TestClock(ExampleRequests.ExamplePublishTime));
        FirstVersion = (await Publisher.PublishAsync(Api.Seed)).Manifest.Version;
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}

/// <summary>As <see cref="DatasetApiFixture"/>, with the test stewards registered too, for tests that write.</summary>
public sealed class StewardedDatasetApiFixture() : DatasetApiFixture(testStewards: true);
