using MppDirectory.Azurite;

namespace MppDirectory.Testing;

/// <summary>
/// The one Azurite of a test assembly, started by the first test that asks and stopped when the
/// test process exits. Fixtures keep apart by their own table prefix and container name
/// (<see cref="StorageNames"/>).
/// </summary>
public static class SharedAzurite
{
    private static readonly Lazy<Task<AzuriteProcess>> Started = new(StartAsync);

    public static Task<AzuriteProcess> GetAsync() => Started.Value;

    private static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return azurite;
    }
}
