using Microsoft.AspNetCore.Builder;
using MppDirectory.Azurite;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests;

/// <summary>The app pointed at a loopback port where no storage listens.</summary>
public sealed class UnreachableStorageApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UnreachableStorageApp(WebApplication app)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };
    }

    public HttpClient Client { get; }

    public static async Task<UnreachableStorageApp> StartAsync()
    {
        var port = AzuriteProcess.FreeLoopbackPort();
        var app = ApiFixture.StartApp(AzuriteProcess.ConnectionStringFor(port, port), StorageNames.Unique("nowhere"));
        await app.StartAsync();
        return new UnreachableStorageApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
