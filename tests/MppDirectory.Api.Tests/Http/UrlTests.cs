using System.Net;
using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

/// <summary>One URL per resource, absolute links from the configured base, and queries that cannot bloat links.</summary>
public sealed class UrlTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Base = ApiFixture.PublicBaseUrl;

    [Theory]
    [InlineData("/API/V1/MPPS", "/api/v1/mpps")]
    [InlineData("/api/v1/mpps/", "/api/v1/mpps")]
    [InlineData("/api/v1/mpps/.", "/api/v1/mpps")]
    [InlineData("/api/v1/./mpps/kota-pekalongan", "/api/v1/mpps/kota-pekalongan")]
    [InlineData("/Api/v1/mpps/kota-pekalongan/Schedule?colour=x&page=2", "/api/v1/mpps/kota-pekalongan/schedule")]
    [InlineData("/api/v1/mpps?PAGE=2&page=1&per_page=5", null)]
    [InlineData("/api/v1/mpps?per_page=0100", "/api/v1/mpps?per_page=100")]
    [InlineData("/api/v1/mpps?q=007&page=01&per_page=020&colour=x", "/api/v1/mpps?q=007&page=1&per_page=20")]
    [InlineData("/api/v1/search?q=0100&limit=05", "/api/v1/search?q=0100&limit=5")]
    [InlineData("/API/v1/agencies?page=000", "/api/v1/agencies?page=0")]
    [InlineData("/api/v1/mpps?per_page=100&q=0100", null)]
    public async Task OtherSpellingsRedirectToTheCanonicalUrl(string spelled, string? canonical)
    {
        var (status, headers) = await RawHttp.GetAsync(api.Client.BaseAddress!, spelled);

        if (canonical is null)
        {
            Assert.Equal(200, status); // canonical already: a parameter named PAGE is not one of ours, and q is text, not a number
            return;
        }

        Assert.Equal(308, status);
        Assert.Equal(Base + canonical, headers["Location"]);
    }

    [Fact]
    public async Task UnknownParametersAreIgnoredAndNeverEchoedIntoLinks()
    {
        var junk = new string('x', 7000);
        using var response = await api.Client.GetAsync($"/api/v1/mpps?foo={junk}&per_page=2&Page=9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = response.Headers.GetValues("Link").Single();
        Assert.True(link.Length < 1024, $"Link header of {link.Length} characters");
        Assert.DoesNotContain("foo", link, StringComparison.Ordinal);
        Assert.Contains($"<{Base}/api/v1/mpps?page=2&per_page=2>; rel=\"next\"", link, StringComparison.Ordinal);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, body.GetProperty("page").GetInt32()); // Page is not page
        Assert.DoesNotContain("foo", body.GetProperty("links").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownParametersStayInLinks()
    {
        using var response = await api.Client.GetAsync("/api/v1/mpps?q=dukcapil&per_page=1");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"{Base}/api/v1/mpps?q=dukcapil&page=1&per_page=1", body.GetProperty("links").GetProperty("self").GetString());
    }

    [Theory]
    [InlineData("/api/v1")]
    [InlineData("/api")]
    [InlineData("/")]
    public async Task TheIndexListsEveryResourceWithAbsoluteUrls(string url)
    {
        // "/" is the home page for people; a client that asks for JSON there gets the index.
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");
        var body = JsonDocument.Parse(await (await api.Client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("1.0.0", body.GetProperty("apiVersion").GetString());
        var resources = body.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("href").GetString());
        Assert.Equal($"{Base}/api/v1/mpps", resources["ListMpps"]);
        Assert.Equal($"{Base}/api/v1/mpps/{{id}}", resources["GetMpp"]);
        Assert.Equal($"{Base}/api/v1/datasets/{{version}}/{{file}}", resources["DownloadDatasetFile"]);
        Assert.Equal($"{Base}/api/openapi.json", body.GetProperty("links").GetProperty("openApi").GetString());
        Assert.All(resources.Values, href => Assert.StartsWith(Base + "/api/v1/", href, StringComparison.Ordinal));
    }
}
