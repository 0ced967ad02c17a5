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
    private readonly TimeProvider _time;
    private long _lastPrune;

    public ClientRateLimiter(IOptions<RateLimitingOptions> options, TimeProvider time)
    {
        _time = time;
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

    /// <summary>
    /// The client: the connection's address, or the last X-Forwarded-For entry when that is trusted. An IPv6
    /// client counts by its /64 network, which one subscriber holds whole, so rotating addresses earns no quota.
    /// </summary>
    public string ClientOf(HttpContext context)
    {
        var address = AddressOf(context);
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? new IPAddress([.. address.GetAddressBytes()[..8], 0, 0, 0, 0, 0, 0, 0, 0]) + "/64"
            : address.ToString();
    }

    /// <summary>The client's address: the connection's, or the last X-Forwarded-For entry when that is trusted.</summary>
    public IPAddress? AddressOf(HttpContext context) =>
        _options.TrustForwardedFor
        && context.Request.Headers["X-Forwarded-For"].ToString().Split(',').LastOrDefault()?.Trim() is { Length: > 0 } forwarded
            ? Address(forwarded) ?? context.Connection.RemoteIpAddress
            : context.Connection.RemoteIpAddress;

    public void Dispose() => Limiter?.Dispose();

    private void Started(string client)
    {
        var now = _time.GetTimestamp();
        // At most once a window, and only when many clients came: forget the ones whose window is long over.
        if (_windowStarts.Count > 10_000 && _time.GetElapsedTime(Interlocked.Read(ref _lastPrune), now) > Window)
        {
            Interlocked.Exchange(ref _lastPrune, now);
            foreach (var (key, started) in _windowStarts)
            {
                if (_time.GetElapsedTime(started, now) > Window * 2)
                {
                    _windowStarts.TryRemove(key, out _);
                }
            }
        }

        _windowStarts[client] = now;
    }

    /// <summary>An address from a forwarded entry, with or without a port (<c>203.0.113.7:51234</c>, <c>[2001:db8::1]:443</c>).</summary>
    private static IPAddress? Address(string entry) =>
        IPAddress.TryParse(entry, out var plain) ? plain
        : IPEndPoint.TryParse(entry, out var endPoint) ? endPoint.Address
        : null;
}
