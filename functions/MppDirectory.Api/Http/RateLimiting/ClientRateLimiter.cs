using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MppDirectory.Api.Http.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter, one fixed one-minute window per client address, and the IETF
/// HTTPAPI <c>RateLimit-Policy</c> and <c>RateLimit</c> headers that tell a client where it stands.
/// </summary>
public sealed class ClientRateLimiter : IDisposable
{
    public const string PolicyName = "per-client";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // When each client's window began, to tell it when the quota resets; pruned as it grows.
    private readonly ConcurrentDictionary<string, long> _windowStarts = new(StringComparer.Ordinal);
    private readonly RateLimitingOptions _options;
    private readonly TimeProvider _time = TimeProvider.System;

    public ClientRateLimiter(IOptions<RateLimitingOptions> options)
    {
        _options = options.Value;
        Limiter = _options.PermitsPerMinute > 0
            ? PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), key =>
                {
                    Started(key);
                    return new FixedWindowRateLimiterOptions { PermitLimit = _options.PermitsPerMinute, Window = Window, QueueLimit = 0 };
                }))
            : null;
    }

    /// <summary>Null when the limit is off.</summary>
    public PartitionedRateLimiter<HttpContext>? Limiter { get; }

    public string Policy => $"\"{PolicyName}\";q={_options.PermitsPerMinute};w={(int)Window.TotalSeconds}";

    /// <summary>Seconds until the client's quota is whole again.</summary>
    public int SecondsToReset(HttpContext context)
    {
        var now = _time.GetTimestamp();
        var started = _windowStarts.GetOrAdd(ClientOf(context), now);
        var elapsed = _time.GetElapsedTime(started, now);
        return Math.Max(1, (int)Math.Ceiling((Window - TimeSpan.FromTicks(elapsed.Ticks % Window.Ticks)).TotalSeconds));
    }

    /// <summary>Writes <c>RateLimit-Policy</c> and <c>RateLimit</c> for the client of this request.</summary>
    public void WriteHeaders(HttpContext context)
    {
        if (Limiter is null)
        {
            return;
        }

        var remaining = Limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
        context.Response.Headers["RateLimit-Policy"] = Policy;
        context.Response.Headers["RateLimit"] = $"\"{PolicyName}\";r={remaining.ToString(CultureInfo.InvariantCulture)};t={SecondsToReset(context).ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The client: the connection's address, or the last X-Forwarded-For entry when that is trusted.</summary>
    public string ClientOf(HttpContext context)
    {
        if (_options.TrustForwardedFor
            && context.Request.Headers["X-Forwarded-For"].ToString().Split(',').LastOrDefault()?.Trim() is { Length: > 0 } forwarded
            && Address(forwarded) is { } address)
        {
            return address.ToString();
        }

        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    public void Dispose() => Limiter?.Dispose();

    private void Started(string client)
    {
        if (_windowStarts.Count > 100_000)
        {
            var old = _time.GetTimestamp();
            foreach (var (key, started) in _windowStarts)
            {
                if (_time.GetElapsedTime(started, old) > Window * 10)
                {
                    _windowStarts.TryRemove(key, out _);
                }
            }
        }

        _windowStarts[client] = _time.GetTimestamp();
    }

    /// <summary>An address from a forwarded entry, with or without a port (<c>203.0.113.7:51234</c>, <c>[2001:db8::1]:443</c>).</summary>
    private static IPAddress? Address(string entry) =>
        IPAddress.TryParse(entry, out var plain) ? plain
        : IPEndPoint.TryParse(entry, out var endPoint) ? endPoint.Address
        : null;
}
