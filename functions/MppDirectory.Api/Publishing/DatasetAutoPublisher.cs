using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MppDirectory.Api.ReadModel;
using MppDirectory.Storage;
using MppDirectory.Storage.Publishing;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Publishing;

/// <summary>
/// After stewards' writes, a dataset version follows by itself: each committed write signals, and once
/// no write has come for <see cref="DirectoryOptions.DatasetPublishDelay"/> the stored directory is
/// published as a version (when its data changed since the newest one), listing what changed. A burst
/// of edits makes one version, not one per edit. Publishing is idempotent and claimed per version
/// number, so instances that took writes at the same time cannot publish one version twice.
/// </summary>
public sealed partial class DatasetAutoPublisher(
    DirectoryStore store, DatasetStore datasets, TimeProvider clock, IOptions<DirectoryOptions> options, ILogger<DatasetAutoPublisher> logger)
    : BackgroundService
{
    // One pending signal is enough: a write during the wait only extends it.
    private readonly Channel<bool> _writes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Called after a write is committed.</summary>
    public void WriteCommitted() => _writes.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PublishAfterWritesAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; a version not yet published follows the next write (or `mppdir dataset publish`).
        }
    }

    private async Task PublishAfterWritesAsync(CancellationToken stoppingToken)
    {
        var publisher = new DatasetPublisher(datasets, clock);
        while (await _writes.Reader.WaitToReadAsync(stoppingToken))
        {
            do
            {
                _writes.Reader.TryRead(out _);
                await Task.Delay(options.Value.DatasetPublishDelay, stoppingToken);
            }
            while (_writes.Reader.TryPeek(out _));

            try
            {
                var publication = await publisher.PublishAsync(await store.LoadAsync(stoppingToken), cancellationToken: stoppingToken);
                if (publication.Created)
                {
                    LogPublished(logger, publication.Manifest.Version);
                }
            }
            catch (Exception ex) when (StorageFailure.Is(ex) || ex is IOException or InvalidOperationException)
            {
                // Storage failed or another instance is publishing the same number: try again after the next quiet period.
                LogNotPublished(logger, ex);
                WriteCommitted();
                await Task.Delay(options.Value.MaxRefreshBackoff, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published dataset version {Version} after stewards' writes")]
    private static partial void LogPublished(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A dataset version after stewards' writes is not published yet; retrying")]
    private static partial void LogNotPublished(ILogger logger, Exception exception);
}
