using System.Net;
using System.Net.Http.Headers;

namespace MppDirectory.Api.Tests.Http;

public sealed class ConditionalGetTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<HttpResponseMessage> GetAsync(string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await api.Client.SendAsync(request);
    }

    [Fact]
    public async Task MatchingETagAnswersNotModifiedWithoutABody()
    {
        var first = await GetAsync("/api/v1/mpps/kota-langsa");
        var etag = first.Headers.ETag!.Tag;

        var second = await GetAsync("/api/v1/mpps/kota-langsa", etag);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    [InlineData("*")]
    public async Task WeakListedOrWildcardETagsAlsoMatch(string header)
    {
        var etag = (await GetAsync("/api/v1/agencies")).Headers.ETag!.Tag;

        var response = await GetAsync("/api/v1/agencies", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, etag));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task StaleETagGetsTheFullAnswer()
    {
        var response = await GetAsync("/api/v1/mpps", "\"0123456789abcdef\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DifferentAnswersHaveDifferentETags()
    {
        var page1 = await GetAsync("/api/v1/mpps?per_page=1");
        var page2 = await GetAsync("/api/v1/mpps?per_page=1&page=2");

        Assert.NotEqual(page1.Headers.ETag, page2.Headers.ETag);
    }

    [Fact]
    public async Task AnswersSayHowLongTheyMayBeCached()
    {
        var list = await GetAsync("/api/v1/agencies");
        var withClock = await GetAsync("/api/v1/mpps");

        Assert.Equal(new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(60) }, list.Headers.CacheControl);
        Assert.Equal(TimeSpan.FromSeconds(30), withClock.Headers.CacheControl!.MaxAge);
    }

    [Fact]
    public async Task ProblemsCarryNoETag()
    {
        var response = await GetAsync("/api/v1/mpps/none");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
