using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

using MppDirectory.Api.Tests.Http;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Pages;

/// <summary>The site beside the API, over HTTP against Azurite; in a real browser see tests/browser.</summary>
public sealed partial class SitePagesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/mpps/kota-pekalongan")]
    [InlineData("/datasets")]
    [InlineData("/statistics")]
    [InlineData("/embed")]
    [InlineData("/search?q=dukcapil")]
    [InlineData("/embed/mpps/kota-pekalongan")]
    public async Task EveryPageIsHtmlInIndonesianByDefaultAndInEnglishOnRequest(string path)
    {
        var indonesian = await api.Client.GetAsync(path);
        var english = await api.Client.GetAsync(path + (path.Contains('?') ? "&" : "?") + "lang=en");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var negotiated = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, indonesian.StatusCode);
        Assert.Equal("text/html", indonesian.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"id\">", await indonesian.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["id"], indonesian.Content.Headers.ContentLanguage);
        Assert.Contains("<html lang=\"en\">", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["en"], english.Content.Headers.ContentLanguage);
        Assert.Contains("<html lang=\"en\">", await negotiated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Accept-Language", string.Join(",", indonesian.Headers.Vary), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", indonesian.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMppPageCarriesGovernmentOfficeJsonLdThatMatchesTheApi()
    {
        var html = await api.Client.GetStringAsync("/mpps/kota-pekalongan");
        var mpp = await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan");

        var scripts = JsonLd().Matches(html);
        var data = JsonDocument.Parse(Assert.Single(scripts).Groups[1].Value).RootElement;
        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal("GovernmentOffice", data.GetProperty("@type").GetString());
        Assert.Equal(mpp.GetProperty("name").GetString(), data.GetProperty("name").GetString());
        Assert.Equal(mpp.GetProperty("address").GetString(), data.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal("Kota Pekalongan", data.GetProperty("containedInPlace").GetProperty("name").GetString());
        Assert.Equal("Jawa Tengah", data.GetProperty("containedInPlace").GetProperty("containedInPlace").GetProperty("name").GetString());
        Assert.Equal(mpp.GetProperty("counters").GetArrayLength(), data.GetProperty("department").GetArrayLength());
        Assert.NotEmpty(data.GetProperty("citation").EnumerateArray());
        // No source states Pekalongan's hours, so the page claims none.
        Assert.False(data.TryGetProperty("openingHoursSpecification", out _));
    }

    [Fact]
    public async Task TheCardShowsEveryCounterAndSaysPlainlyThatNoHoursArePublished()
    {
        var mpp = await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan");
        var card = await api.Client.GetStringAsync("/embed/fragments/mpps/kota-pekalongan");
        var english = await api.Client.GetStringAsync("/embed/fragments/mpps/kota-pekalongan?lang=en");

        foreach (var counter in mpp.GetProperty("counters").EnumerateArray())
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(counter.GetProperty("statedName").GetString()!), card, StringComparison.Ordinal);
        }

        Assert.Equal(mpp.GetProperty("counters").GetArrayLength(), Regex.Count(card, "class=\"mpp-counter\""));
        Assert.Contains("Jam buka belum dipublikasikan.", card, StringComparison.Ordinal);
        Assert.Contains("Hours not published.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Hours not published.", card, StringComparison.Ordinal);
        Assert.Contains("SUARABARU.ID", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 2, 3, 4)]
    [InlineData("&heading=3", 3, 4, 5)]
    [InlineData("&heading=6", 6, 6, 6)]
    [InlineData("&heading=9", 2, 3, 4)]
    public async Task TheCardsHeadingsFitTheHostPagesOutline(string query, int title, int section, int agency)
    {
        var card = await api.Client.GetStringAsync("/embed/fragments/mpps/kota-pekalongan?lang=id" + query);

        Assert.Contains($"<h{title} id=\"mpp-kota-pekalongan\">", card, StringComparison.Ordinal);
        Assert.Contains($"<h{section} id=\"counters-kota-pekalongan\">", card, StringComparison.Ordinal);
        Assert.Contains($"<h{agency}>Dinas Kependudukan dan Pencatatan Sipil</h{agency}>", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentsAreOpenToEveryOriginAndTheIframeCardToEveryFrame()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/embed/fragments/regions/33");
        request.Headers.Add("Origin", "https://www.pekalongankota.go.id");
        var fragment = await api.Client.SendAsync(request);
        var iframe = await api.Client.GetAsync("/embed/mpps/kota-pekalongan");
        var page = await api.Client.GetAsync("/mpps/kota-pekalongan");

        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Equal("*", fragment.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Mal Pelayanan Publik Kota Pekalongan", await fragment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", iframe.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>Only the iframe card (its 404 too, shown inside the city's frame) may be framed; the docs run no inline script.</summary>
    [Theory]
    [InlineData("/embed/mpps/kota-pekalongan", "*")]
    [InlineData("/embed/mpps/nowhere", "*")]
    [InlineData("/embed/fragments/mpps/kota-pekalongan", "'none'")]
    [InlineData("/embed/fragments/regions/33", "'none'")]
    [InlineData("/embed/fragments/search-form", "'none'")]
    [InlineData("/embed/fragments/search?q=paspor", "'none'")]
    [InlineData("/mpps/kota-pekalongan", "'none'")]
    [InlineData("/mpps/nowhere", "'none'")]
    [InlineData("/embed", "'none'")]
    [InlineData("/api/docs", "'none'")]
    public async Task EveryHtmlAnswerSaysWhoMayFrameIt(string path, string ancestors)
    {
        var response = await api.Client.GetAsync(path);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("frame-ancestors " + ancestors, policy);
        Assert.DoesNotContain(policy, d => d.StartsWith("script-src", StringComparison.Ordinal) && d.Contains("'unsafe-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDocsPageHasNoInlineScript()
    {
        var html = await api.Client.GetStringAsync("/api/docs");

        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script([^>]*)>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, s => Assert.Matches(@"src=""/api/docs/[a-z.]+\.js""", s.Groups[1].Value));
        Assert.All(scripts, s => Assert.Equal("", s.Groups[2].Value.Trim()));
        var init = await api.Client.GetAsync("/api/docs/docs.js");
        Assert.Equal("text/javascript", init.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Redoc.init(", await init.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownThingsAreNotFound()
    {
        var page = await api.Client.GetAsync("/mpps/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        await ProblemAssert.IsProblemAsync(await api.Client.GetAsync("/embed/fragments/mpps/nowhere"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Client.GetAsync("/embed/fragments/regions/99"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/embed/mpp-directory.js", "text/javascript", "Widget", "mpp-directory.js")]
    [InlineData("/embed/mpp-directory.css", "text/css", "Widget", "mpp-directory.css")]
    [InlineData("/assets/site.css", "text/css", "Assets", "site.css")]
    public async Task WidgetAndSiteAssetsAreServedAsWrittenInTheirFolders(string path, string mediaType, string folder, string file)
    {
        var response = await api.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var written = await File.ReadAllBytesAsync(RepositoryPaths.Combine("functions", "MppDirectory.Api", "Pages", folder, file));
        Assert.Equal(written, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PagesAndAssetsAnswerIfNoneMatchWithNotModified()
    {
        foreach (var path in new[] { "/statistics", "/embed/mpp-directory.js", "/assets/site.css" })
        {
            var first = await api.Client.GetAsync(path);
            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

            Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(again)).StatusCode);
        }
    }

    [Fact]
    public async Task TheHomePageListsMppsByProvinceAndTheSearchPageFindsThem()
    {
        var home = await api.Client.GetStringAsync("/");
        var search = await api.Client.GetStringAsync("/search?q=paspor");

        Assert.Contains("Jawa Tengah", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ApiFixture.PublicBaseUrl}/mpps/kota-pekalongan\"", home, StringComparison.Ordinal);
        Assert.Contains("mpp-results-list", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePageIsKeptPerVariantAndLanguageAndRevalidates()
    {
        async Task<HttpResponseMessage> Get(string? accept, string? language = null, string? etag = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            if (accept is not null)
            {
                request.Headers.Accept.ParseAdd(accept);
            }

            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            return await api.Client.SendAsync(request);
        }

        var html = await Get("text/html");
        var english = await Get("text/html", "en");
        var json = await Get("application/json");

        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("en", english.Content.Headers.ContentLanguage.Single());
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, new[] { html, english, json }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
        Assert.Contains("Accept", json.Headers.Vary);
        Assert.Contains("Accept", html.Headers.Vary);
        Assert.Equal(html.Headers.ETag!.Tag, (await Get("text/html")).Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await Get("text/html", etag: html.Headers.ETag.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await Get("application/json", etag: json.Headers.ETag!.Tag)).StatusCode);
        Assert.Contains("\"apiVersion\"", await (await Get("application/json")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
