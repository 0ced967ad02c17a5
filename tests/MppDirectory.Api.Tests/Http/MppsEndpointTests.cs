using System.Net;
using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

public sealed class MppsEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ListMppsReturnsEverySeededMppWithTotals()
    {
        var response = await api.Client.GetAsync("/api/v1/mpps");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var ids = body.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal(["kota-banjarbaru", "kota-langsa", "kota-pangkalpinang", "kota-pekalongan"], ids);
        Assert.Equal(4, body.GetProperty("totalCount").GetInt32());
        Assert.Equal("4", response.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task ListMppsPagesWithLinksAndTotals()
    {
        var response = await api.Client.GetAsync("/api/v1/mpps?page=2&per_page=3");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["kota-pekalongan"], body.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(2, body.GetProperty("totalPages").GetInt32());
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/mpps?page=1&per_page=3", body.GetProperty("links").GetProperty("prev").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("links").GetProperty("next").ValueKind);
        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains($"<{ApiFixture.PublicBaseUrl}/api/v1/mpps?page=1&per_page=3>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains($"<{ApiFixture.PublicBaseUrl}/api/v1/mpps?page=2&per_page=3>; rel=\"last\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListedMppShowsRegionNamesAndTimeZone()
    {
        var body = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/mpps")).RootElement;

        var banjarbaru = body.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "kota-banjarbaru");
        Assert.Equal("Kalimantan Selatan", banjarbaru.GetProperty("province").GetProperty("name").GetString());
        Assert.Equal("63.72", banjarbaru.GetProperty("regency").GetProperty("code").GetString());
        Assert.Equal("Asia/Makassar", banjarbaru.GetProperty("timeZone").GetProperty("iana").GetString());
        Assert.Equal("launched", banjarbaru.GetProperty("status").GetString());
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/mpps/kota-banjarbaru", banjarbaru.GetProperty("links").GetProperty("self").GetString());
    }

    [Fact]
    public async Task GetMppReturnsTheRecordWithItsCitationsAndNotes()
    {
        var response = await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Mal Pelayanan Publik Kota Pekalongan", body.GetProperty("name").GetString());
        Assert.Equal("Podosugih", body.GetProperty("village").GetProperty("name").GetString());
        Assert.Equal("soft-launched", body.GetProperty("status").GetString());
        Assert.Equal(10, body.GetProperty("counters").GetArrayLength());
        Assert.Contains(body.GetProperty("notes").EnumerateArray(), n => n.GetProperty("id").GetString() == "soft-launch-later-than-planned");
        Assert.False(body.GetProperty("hours").GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task UnknownMppReturnsProblemNotFound()
    {
        var response = await api.Client.GetAsync("/api/v1/mpps/kota-atlantis");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("kota-atlantis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=-2", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("per_page=0", "per_page")]
    [InlineData("per_page=101", "per_page")]
    [InlineData("per_page=ten", "per_page")]
    [InlineData("per_page=", "per_page")]
    public async Task BadPagingValueReturnsProblemNamingTheParameter(string query, string parameter)
    {
        var response = await api.Client.GetAsync("/api/v1/mpps?" + query);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task PageBeyondTheLastReturnsAnEmptyPage()
    {
        var body = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/mpps?page=9")).RootElement;

        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
        Assert.Equal(4, body.GetProperty("totalCount").GetInt32());
    }
}
