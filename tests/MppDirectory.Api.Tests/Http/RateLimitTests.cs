using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using MppDirectory.Api.Tests.OpenApi;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Http;

/// <summary>The per-client quota: counted per address, announced on every answer, a 429 problem past it.</summary>
public sealed partial class RateLimitTests(ApiFixture seeded) : IClassFixture<ApiFixture>
{
    private async Task<(WebApplication App, HttpClient Client)> StartAsync(int permits, bool trustForwardedFor = false)
    {
        var app = ApiFixture.StartApp(seeded.Azurite.ConnectionString, seeded.Names, settings: new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerMinute"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:TrustForwardedFor"] = trustForwardedFor ? "true" : "false",
        });
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) });
    }

    [Fact]
    public async Task PastTheQuotaAClientGetsA429ProblemWithRetryAfterAndEveryAnswerSaysWhereItStands()
    {
        var (app, client) = await StartAsync(permits: 5);
        await using var _ = app;
        using var __ = client;

        var remaining = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await client.GetAsync(i % 2 == 0 ? "/api/v1/mpps" : "/api/v1/nothing-here");
            Assert.Equal("\"per-client\";q=5;w=60", ok.Headers.GetValues("RateLimit-Policy").Single());
            var match = RateLimitHeader().Match(ok.Headers.GetValues("RateLimit").Single());
            Assert.True(match.Success);
            remaining.Add(int.Parse(match.Groups["r"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(int.Parse(match.Groups["t"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        }

        Assert.Equal([4, 3, 2, 1, 0], remaining);
        await client.AssertMatchesDocumentAsync("/api/v1/mpps", HttpStatusCode.TooManyRequests);
        using var limited = await client.GetAsync("/api/v1/mpps/kota-pekalongan");
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.StartsWith("\"per-client\";r=0;", limited.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedForCountsOnlyWhenTrusted()
    {
        var (trusting, trustingClient) = await StartAsync(permits: 2, trustForwardedFor: true);
        var (wary, waryClient) = await StartAsync(permits: 2, trustForwardedFor: false);
        await using var _ = trusting;
        await using var __ = wary;

        async Task<HttpStatusCode> Get(HttpClient client, string forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        // Behind a trusted proxy each forwarded client has its own quota.
        Assert.Equal(HttpStatusCode.OK, await Get(trustingClient, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await Get(trustingClient, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(trustingClient, "10.0.0.1, 198.51.100.1:5050"));
        Assert.Equal(HttpStatusCode.OK, await Get(trustingClient, "198.51.100.2"));

        // An IPv6 client counts by its /64: another address in it shares the quota, another network does not.
        Assert.Equal(HttpStatusCode.OK, await Get(trustingClient, "2001:db8:1:2::1"));
        Assert.Equal(HttpStatusCode.OK, await Get(trustingClient, "[2001:db8:1:2::ffff]:443"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(trustingClient, "2001:db8:1:2:aaaa::9"));
        Assert.Equal(HttpStatusCode.OK, await Get(trustingClient, "2001:db8:1:3::1"));

        // Untrusted, the header changes nothing: the connection's address is the client.
        Assert.Equal(HttpStatusCode.OK, await Get(waryClient, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await Get(waryClient, "198.51.100.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(waryClient, "198.51.100.3"));
        trustingClient.Dispose();
        waryClient.Dispose();
    }

    [Fact]
    public async Task ZeroTurnsTheLimitOff()
    {
        var (app, client) = await StartAsync(permits: 0);
        await using var _ = app;
        using var __ = client;

        for (var i = 0; i < 30; i++)
        {
            using var response = await client.GetAsync("/api/v1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("RateLimit"));
        }
    }

    [GeneratedRegex("^\"per-client\";r=(?<r>[0-9]+);t=(?<t>[0-9]+)$")]
    private static partial Regex RateLimitHeader();
}
