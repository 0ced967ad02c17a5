using Microsoft.Extensions.Options;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.ReadModel;

/// <summary>
/// Serves reads from memory. At most once per <see cref="DirectoryOptions.VersionCheckInterval"/>
/// one request reads the stored data version (a point read) and reloads the directory only when
/// the version has changed, so a read costs no storage query beyond that check. While one request
/// checks or reloads, the others are answered from the copy already loaded.
/// </summary>
public sealed class DirectoryReadModel(DirectoryStore store, IOptions<DirectoryOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile DirectorySnapshot? _snapshot;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async ValueTask<DirectorySnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        if (snapshot is null)
        {
            await _refresh.WaitAsync(cancellationToken); // nothing to serve yet: wait for the first load
        }
        else if (IsFresh() || !await _refresh.WaitAsync(0, cancellationToken))
        {
            return snapshot; // fresh, or another request is checking for a new version
        }

        try
        {
            if (_snapshot is not null && IsFresh())
            {
                return _snapshot; // refreshed by another request meanwhile
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

    private bool IsFresh() => clock.GetUtcNow() - _checkedAt < options.Value.VersionCheckInterval;
}
