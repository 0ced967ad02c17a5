using Microsoft.Extensions.Options;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.Storage;

namespace MppDirectory.Api.ReadModel;

/// <summary>
/// Serves reads from memory. At most once per <see cref="DirectoryOptions.VersionCheckInterval"/>
/// it reads the stored data version (one point read) and reloads the directory only when the version
/// has changed, so a read costs no storage query beyond that check.
/// </summary>
public sealed class DirectoryReadModel(DirectoryStore store, IOptions<DirectoryOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private DirectorySnapshot? _snapshot;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async ValueTask<DirectorySnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - _checkedAt < options.Value.VersionCheckInterval)
        {
            return snapshot;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is not null && clock.GetUtcNow() - _checkedAt < options.Value.VersionCheckInterval)
            {
                return _snapshot; // another request refreshed it while this one waited
            }

            var stored = await store.GetVersionAsync(cancellationToken)
                ?? throw new DirectoryNotSeededException();
            if (_snapshot?.Version != stored.Version)
            {
                _snapshot = new DirectorySnapshot(await store.LoadAsync(cancellationToken), stored.Version);
            }

            _checkedAt = clock.GetUtcNow();
            return _snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();
}
