using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.OpenApi;
using MppDirectory.Storage.Publishing;

namespace MppDirectory.Api.Tests.Datasets;

/// <summary>The app over the seed directory with one dataset version published, as `mppdir seed` leaves it.</summary>
public sealed class DatasetApiFixture : IAsyncLifetime
{
    public ApiFixture Api { get; } = new();

    public DatasetPublisher Publisher { get; private set; } = null!;

    public string FirstVersion { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        // Published at the contract examples' instant, so that answers equal the examples (ResponseExampleTests).
        Publisher = new DatasetPublisher(Api.Services.GetRequiredService<DatasetStore>(), new TestClock(ExampleRequests.ExamplePublishTime));
        FirstVersion = (await Publisher.PublishAsync(Api.Seed)).Manifest.Version;
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}
