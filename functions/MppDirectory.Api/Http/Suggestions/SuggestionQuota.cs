using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.RateLimiting;

namespace MppDirectory.Api.Http.Suggestions;

/// <summary>
/// How many suggestions one client may send per hour (<see cref="RateLimitingOptions.SuggestionsPerHour"/>), the API's
/// and the form's together, beside the per-client limit of every request. The client is the one the per-client
/// limiter counts (<see cref="ClientRateLimiter.ClientOf"/>): behind the read edition, the address it forwards.
/// </summary>
public sealed class SuggestionQuota : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly PartitionedRateLimiter<string>? _limiter;
    private readonly ClientRateLimiter _clients;

    public SuggestionQuota(IOptions<RateLimitingOptions> options, ClientRateLimiter clients)
    {
        _clients = clients;
        var permits = options.Value.SuggestionsPerHour;
        _limiter = permits > 0
            ? PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 }))
            : null;
    }

    /// <summary>Null when the request's client may suggest now; else the seconds until it may (an hour at most).</summary>
    public int? TryTake(HttpContext context)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(_clients.ClientOf(context));
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : (int)Window.TotalSeconds;
    }

    public void Dispose() => _limiter?.Dispose();
}
