using Microsoft.AspNetCore.Builder;
using MppDirectory.Storage.Records;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Storage;

/// <summary>
/// The app with its Table Storage reached through a <see cref="FaultProxy"/> in front of the shared
/// Azurite, refreshing every 200 ms with a 500 ms deadline. The store writes to Azurite directly.
/// </summary>
public sealed class FaultyStorageFixture : IAsyncLifetime
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Directory:VersionCheckInterval"] = "00:00:00.200",
        ["Directory:RefreshDeadline"] = "00:00:00.500",
        ["Directory:MaxRefreshBackoff"] = "00:00:00.400",
        ["Directory:SlowCheck"] = "00:00:00.300",
        ["Directory:FirstLoadWait"] = "00:00:01",
    };

    private WebApplication? _app;

    public StorageNames Names { get; } = StorageNames.Unique("f");

    public FaultProxy Proxy { get; private set; } = null!;

    public DirectoryStore Store { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public string BaseAddress { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var azurite = await SharedAzurite.GetAsync();
        Store = DirectoryStore.From(Names.ClientsFor(azurite));
        await Store.SyncAsync(TestSeed.Data);
        Proxy = FaultProxy.Start(azurite.Ports.Table);
        ConnectionString = AzuriteProcess.ConnectionStringFor(azurite.Ports.Blob, Proxy.Port);
        _app = ApiFixture.StartApp(ConnectionString, Names, settings: Settings);
        await _app.StartAsync();
        BaseAddress = ApiFixture.BoundAddress(_app);
    }

    /// <summary>A client that gives up after <paramref name="deadline"/>, as a browser or the Functions host would.</summary>
    public HttpClient Client(TimeSpan deadline) => new() { BaseAddress = new Uri(BaseAddress), Timeout = deadline };

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }
    }
}
