using Microsoft.Extensions.Options;
using MppDirectory.Api.Diagnostics;

namespace MppDirectory.Api.ReadModel;

/// <summary>
/// Keeps the read model current in the background: a refresh every
/// <see cref="DirectoryOptions.VersionCheckInterval"/>, each with a deadline of its own, and a doubling
/// wait (up to <see cref="DirectoryOptions.MaxRefreshBackoff"/>) while storage keeps failing. The app
/// starts listening only after the first load (or <see cref="DirectoryOptions.FirstLoadWait"/>), so the
/// Functions host's readiness probe and the first read find the directory loaded.
/// </summary>
public sealed partial class ReadModelRefresher(DirectoryReadModel model, IOptions<DirectoryOptions> options, DirectoryMetrics metrics, TimeProvider clock, ILogger<ReadModelRefresher> logger)
    : BackgroundService
{
    // A zero interval (tests) must not spin.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(50);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        await model.FirstAttemptAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Meter.CreateObservableGauge(
            "mppdir.readmodel.data_age",
            () => model.Status.LastAnsweredAt is { } answered ? (clock.GetUtcNow() - answered).TotalSeconds : double.NaN,
            unit: "s",
            description: "Seconds since storage last confirmed the data served is current.");
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                deadline.CancelAfter(options.Value.RefreshDeadline);
                var started = clock.GetTimestamp();
                var version = model.Current?.Version;
                var answered = await model.RefreshAsync(deadline.Token);
                metrics.Refreshed(clock.GetElapsedTime(started), answered, reloaded: model.Current?.Version != version);
                if (!answered && !stoppingToken.IsCancellationRequested)
                {
                    LogRefreshFailed(logger, failures + 1, model.Status.LastError);
                }

                failures = answered ? 0 : failures + 1;
            }

            try
            {
                await Task.Delay(NextWait(failures), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The interval after a success; after failures, the interval doubled per failure, at most the maximum backoff.</summary>
    public static TimeSpan NextWait(TimeSpan interval, TimeSpan maxBackoff, int failures)
    {
        var wait = interval < MinimumInterval ? MinimumInterval : interval;
        for (var i = 1; i < failures && wait < maxBackoff; i++)
        {
            wait *= 2;
        }

        return failures > 0 && wait > maxBackoff ? TimeSpan.FromTicks(Math.Max(maxBackoff.Ticks, MinimumInterval.Ticks)) : wait;
    }

    private TimeSpan NextWait(int failures) => NextWait(options.Value.VersionCheckInterval, options.Value.MaxRefreshBackoff, failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory refresh failed ({Failures} in a row): {Error}")]
    private static partial void LogRefreshFailed(ILogger logger, int failures, string? error);
}
