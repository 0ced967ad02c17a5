using MppDirectory.Azurite;

namespace MppDirectory.Testing;

/// <summary>xunit fixture that gives a test class the assembly's shared Azurite.</summary>
public sealed class AzuriteFixture : Xunit.IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started");

    public async Task InitializeAsync() => _azurite = await SharedAzurite.GetAsync();

    public Task DisposeAsync() => Task.CompletedTask; // the test process stops it (SharedAzurite)
}
