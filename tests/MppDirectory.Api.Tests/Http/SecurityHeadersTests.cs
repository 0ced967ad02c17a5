using System.Net;
using MppDirectory.Azurite;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Http;

/// <summary>
/// Every answer, whatever makes it (a read, a 304, a redirect, a problem, a 405, a preflight, a page, a write
/// refused), tells browsers not to sniff its type, what to send as a referrer, and (behind an https address)
/// to use https only.
/// </summary>
public sealed class SecurityHeadersTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<string, string, int> Answers => new()
    {
        { "GET", "/api/v1/mpps", 200 },
        { "HEAD", "/api/v1/mpps/kota-pekalongan", 200 },
        { "GET", "/api/v1/mpps?per_page=0", 400 },
        { "GET", "/api/v1/mpps/nowhere", 404 },
        { "GET", "/api/v1/nothing-here", 404 },
        { "DELETE", "/api/v1/agencies", 405 },
        { "PATCH", "/api/v1/mpps/kota-pekalongan", 401 },
        { "GET", "/API/V1/MPPS", 308 },
        { "GET", "/api/health", 200 },
        { "GET", "/api/openapi.json", 200 },
        { "GET", "/api/docs", 200 },
        { "GET", "/", 200 },
        { "GET", "/mpps/kota-pekalongan", 200 },
        { "GET", "/mpps/nowhere", 404 },
        { "GET", "/embed/mpps/kota-pekalongan", 200 },
        { "GET", "/embed/fragments/mpps/kota-pekalongan", 200 },
        { "GET", "/embed/mpp-directory.js", 200 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string method, string path, int status)
    {
        using var response = await api.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response, path, hsts: true);
    }

    [Fact]
    public async Task NotModifiedAnswersCarryThemToo()
    {
        var first = await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/mpps/kota-pekalongan");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        AssertSecurityHeaders(response, "/api/v1/mpps/kota-pekalongan", hsts: true);
    }

    [Fact]
    public async Task APreflightCarriesThem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/mpps");
        request.Headers.Add("Origin", "https://pekalongankota.go.id");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        AssertSecurityHeaders(response, "/api/v1/mpps", hsts: true);
    }

    [Fact]
    public async Task JsonAndProblemsMayBeFramedByNoOneAndLoadNothing()
    {
        foreach (var path in new[] { "/api/v1/mpps", "/api/v1/mpps/nowhere" })
        {
            using var response = await api.Client.GetAsync(path);

            Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    /// <summary>
    /// Over a plain-http public address (a local run) there is no HSTS: RFC 6797 says a host must not send it over
    /// an insecure transport, and browsers ignore it there. The other headers stay, on problems and 429s alike.
    /// </summary>
    [Fact]
    public async Task BehindAPlainHttpAddressThereIsNoHstsButTheRestStays()
    {
        var port = AzuriteProcess.FreeLoopbackPort();
        await using var app = ApiFixture.StartApp(
            AzuriteProcess.ConnectionStringFor(port, port),
            StorageNames.Unique("nowhere"),
            settings: new Dictionary<string, string?> { ["PublicBaseUrl"] = "http://127.0.0.1:7071", ["RateLimiting:PermitsPerMinute"] = "2" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/api/health");
            statuses.Add(response.StatusCode);
            AssertSecurityHeaders(response, "/api/health", hsts: false);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string path, bool hsts)
    {
        var what = $"{response.RequestMessage!.Method} {path} {(int)response.StatusCode}";
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff), what + " lacks X-Content-Type-Options");
        Assert.Equal("nosniff", sniff.Single());
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer), what + " lacks Referrer-Policy");
        Assert.Equal(path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) ? "no-referrer" : "strict-origin-when-cross-origin", referrer.Single());
        if (hsts)
        {
            Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var sts), what + " lacks Strict-Transport-Security");
            Assert.Equal("max-age=31536000; includeSubDomains", sts.Single());
        }
        else
        {
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), what + " sends HSTS over http");
        }
    }
}
