using System.Net;
using System.Net.Http.Headers;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Tests.Stewardship;

namespace MppDirectory.Api.Tests.Http;

/// <summary>
/// What each kind of answer tells caches, now that one writer sets <c>Cache-Control</c> from what the endpoint
/// declared or the answer chose: a redirect, an asset, the contract, a 304, the feed per reader, and a problem.
/// </summary>
public sealed class CacheControlTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private async Task<HttpResponseMessage> GetAsync(string url, string? ifNoneMatch = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await api.Client.SendAsync(request);
    }

    [Fact]
    public async Task ACanonicalRedirectIsKeptForADay()
    {
        var response = await GetAsync("/API/V1/MPPS");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl!.MaxAge);
        Assert.True(response.Headers.CacheControl.Public);
    }

    [Theory]
    [InlineData("/assets/site.css")]
    [InlineData("/embed/mpp-directory.js")]
    [InlineData("/api/openapi.json")]
    [InlineData("/api/docs")]
    public async Task StaticFilesSayHowLongTheyKeep(string url)
    {
        var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.InRange(response.Headers.CacheControl.MaxAge!.Value, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
    }

    [Theory]
    [InlineData("/assets/site.css")]
    [InlineData("/api/v1/agencies")]
    public async Task ANotModifiedCarriesTheSameCacheControlAsItsAnswer(string url)
    {
        var first = await GetAsync(url);
        var again = await GetAsync(url, first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.NotNull(first.Headers.CacheControl);
        Assert.Equal(first.Headers.CacheControl, again.Headers.CacheControl);
    }

    [Fact]
    public async Task TheFeedIsSharedForTheAnonymousAndPrivateForAnAdmin()
    {
        var anonymous = await GetAsync("/api/v1/changes");
        var admin = await GetAsync("/api/v1/changes", token: StewardTokens.For("admin", [StewardRoles.Admin]));

        Assert.True(anonymous.Headers.CacheControl!.Public);
        Assert.False(anonymous.Headers.CacheControl.NoStore);
        Assert.True(admin.Headers.CacheControl!.Private);
        Assert.True(admin.Headers.CacheControl.NoStore);
    }

    [Theory]
    [InlineData("/api/v1/mpps/no-such-mpp")]
    [InlineData("/mpps/no-such-mpp")]
    [InlineData("/api/v1/mpps?per_page=x")]
    public async Task AProblemIsKeptByNoCache(string url)
    {
        var response = await GetAsync(url);

        Assert.True((int)response.StatusCode >= 400, $"{url} answered {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl is null || response.Headers.CacheControl.NoStore || response.Headers.CacheControl.NoCache,
            $"{url} answered a problem with Cache-Control '{response.Headers.CacheControl}'");
    }
}
