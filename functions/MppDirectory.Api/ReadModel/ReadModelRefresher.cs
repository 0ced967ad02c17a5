using Microsoft.Extensions.Options;

namespace MppDirectory.Api.ReadModel;

/// <summary>
/// Keeps the read model current in the background: a refresh every
/// <see cref="DirectoryOptions.VersionCheckInterval"/>, each with a deadline of its own, and a doubling
/// wait (up to <see cref="DirectoryOptions.MaxRefreshBackoff"/>) while storage keeps failing. Starts
/// with the app, so the first load begins before the first request.
/// </summary>
public sealed partial class ReadModelRefresher(DirectoryReadModel model, IOptions<DirectoryOptions> options, ILogger<ReadModelRefresher> logger)
    : BackgroundService
{
    // A zero interval (tests) must not spin.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                deadline.CancelAfter(options.Value.RefreshDeadline);
                var answered = await model.RefreshAsync(deadline.Token);
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
