using Microsoft.Extensions.Options;
using MppDirectory.Storage;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.ReadModel;

/// <summary>
/// Serves reads from the loaded snapshot and never calls storage on a read's path: the
/// <see cref="ReadModelRefresher"/> checks the stored data version in the background and loads a new
/// snapshot only when it changed. Only the very first read, before any snapshot exists, may wait, and
/// then for at most <see cref="DirectoryOptions.FirstLoadWait"/>.
/// </summary>
public sealed class DirectoryReadModel(SnapshotStore snapshots, IOptions<DirectoryOptions> options, TimeProvider clock)
{
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile DirectorySnapshot? _snapshot;
    private volatile RefreshStatus _status = RefreshStatus.Starting;

    /// <summary>The snapshot being served; null before the first load.</summary>
    public DirectorySnapshot? Current => _snapshot;

    public RefreshStatus Status => _status;

    public async ValueTask<DirectorySnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is { } snapshot)
        {
            return snapshot;
        }

        if (!await FirstAttemptAsync(cancellationToken))
        {
            throw new DirectoryUnavailableException("The directory is still loading from storage.");
        }

        return _snapshot ?? throw _status switch
        {
            { Seeded: false } => new DirectoryNotSeededException(),
            _ => new DirectoryUnavailableException("The directory's storage did not answer as expected."),
        };
    }

    /// <summary>Waits for the first load attempt, at most <see cref="DirectoryOptions.FirstLoadWait"/>; whether it ended.</summary>
    public async Task<bool> FirstAttemptAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _firstAttempt.Task.WaitAsync(options.Value.FirstLoadWait, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the stored version and loads the directory when it differs from the one served. Returns
    /// whether storage answered; failures (a cancellation by the caller's deadline too) are recorded in
    /// <see cref="Status"/>, never thrown.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var status = _status;
        _status = status with { InFlightSince = clock.GetUtcNow() };
        try
        {
            var stored = await snapshots.CurrentAsync(cancellationToken);
            if (stored is not null && _snapshot?.Version != stored.Version)
            {
                var data = await snapshots.ReadAsync(stored.Version, cancellationToken)
                    ?? throw new InvalidDataException($"No true snapshot of data version {stored.Version}.");
                await SwapAsync(new DirectorySnapshot(data, stored.Version, options.Value.VerificationPeriodDays), cancellationToken);
            }

            _status = new RefreshStatus(clock.GetUtcNow(), null, stored, Seeded: stored is not null, LastError: null);
            return true;
        }
        catch (Exception ex)
        {
            // Whatever went wrong, reads keep the snapshot they have; health reports the error.
            _status = status with { InFlightSince = null, LastError = Describe(ex) };
            return false;
        }
        finally
        {
            _firstAttempt.TrySetResult();
        }
    }

    /// <summary>
    /// Serves <paramref name="next"/>: at once when nothing is served yet, else once it can search, so
    /// that no search waits on a refresh. Then gives the load's garbage back to the system: a load
    /// allocates several times what the snapshot keeps, and happens once per data version.
    /// </summary>
    private async Task SwapAsync(DirectorySnapshot next, CancellationToken cancellationToken)
    {
        if (_snapshot is not null)
        {
            await next.SearchBuilt.WaitAsync(cancellationToken);
        }

        _snapshot = next;
        _firstAttempt.TrySetResult();
        _ = next.SearchBuilt.ContinueWith(
            _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true),
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private static string Describe(Exception exception) => exception switch
    {
        OperationCanceledException => "Storage did not answer before the refresh deadline.",
        Azure.RequestFailedException { Status: > 0 } failed => $"Storage answered {failed.Status} {failed.ErrorCode}".TrimEnd() + ".",
        _ when StorageFailure.Is(exception) => "Storage could not be reached.",
        _ => $"The stored directory could not be read ({exception.GetType().Name}).",
    };
}
