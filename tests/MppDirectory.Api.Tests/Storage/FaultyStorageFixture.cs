using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Azurite;
using MppDirectory.Storage.Records;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Storage;

/// <summary>
/// The app with its storage reached through <see cref="FaultProxy"/>s in front of the shared Azurite
/// (one for blobs, which reads load from, one for tables, which writes go to), refreshing every 200 ms
/// with a 500 ms deadline. The store writes to Azurite directly.
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

    /// <summary>In front of the Blob service: the served version and the snapshots reads load.</summary>
    public FaultProxy Proxy { get; private set; } = null!;

    /// <summary>In front of the Table service: the records and audit trail writes change.</summary>
    public FaultProxy TableProxy { get; private set; } = null!;

    public DirectoryStore Store { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public string BaseAddress { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var azurite = await SharedAzurite.GetAsync();
        Store = DirectoryStore.From(Names.ClientsFor(azurite));
        await Store.SyncAsync(TestSeed.Data);
        // Reads load from blobs only (the served version and its snapshot): the faults go there.
        Proxy = FaultProxy.Start(azurite.Ports.Blob);
        TableProxy = FaultProxy.Start(azurite.Ports.Table);
        ConnectionString = AzuriteProcess.ConnectionStringFor(Proxy.Port, TableProxy.Port);
        _app = ApiFixture.StartApp(ConnectionString, Names, settings: Settings);
        await _app.StartAsync();
        // Registered before any fault, so a write's fault tests the write, not the registry lookup before it.
        await Stewardship.StewardTokens.RegisterAllAsync(_app.Services.GetRequiredService<StewardRegistry>());
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

        if (TableProxy is not null)
        {
            await TableProxy.DisposeAsync();
        }
    }
}
