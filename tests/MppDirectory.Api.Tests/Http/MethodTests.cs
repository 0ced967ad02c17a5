using System.Net;

namespace MppDirectory.Api.Tests.Http;

/// <summary>HEAD, wrong methods and preflight on every kind of route.</summary>
public sealed class MethodTests(Datasets.DatasetApiFixture fixture) : IClassFixture<Datasets.DatasetApiFixture>
{
    private HttpClient Client => fixture.Api.Client;

    public static TheoryData<string> Routes => new()
    {
        "/api/v1/mpps", "/api/v1/mpps/kota-pekalongan", "/api/v1/mpps/kota-pekalongan/schedule", "/api/v1/search?q=paspor",
        "/api/v1/datasets", "/api/health", "/api/openapi.json", "/",
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task HeadAnswersLikeGetWithoutABody(string url)
    {
        using var get = await Client.GetAsync(url);
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        if (get.Headers.ETag is not null)
        {
            Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength); // the same bytes, so the same length
        }
        else
        {
            Assert.True(head.Content.Headers.ContentLength > 0, url); // a fresh body (health's times), counted, not sent
        }
    }

    [Fact]
    public async Task HeadOfADatasetFileGivesItsLengthAndTag()
    {
        var url = $"/api/v1/datasets/{fixture.FirstVersion}/mpps.csv";
        var bytes = await Client.GetByteArrayAsync(url);

        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotNull(head.Headers.ETag);
    }

    [Theory]
    [InlineData("POST", "/api/v1/mpps/kota-pekalongan", "GET,HEAD,PATCH")]
    [InlineData("DELETE", "/api/v1/mpps", "GET,HEAD,POST")]
    [InlineData("PUT", "/api/health", "GET,HEAD")]
    public async Task AWrongMethodOnAKnownRouteIsMethodNotAllowedWithAllow(string method, string url, string allowed)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(allowed.Split(','), response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Contains("GET", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAddressIsStillNotFound()
    {
        var body = await ProblemAssert.IsProblemAsync(await Client.PostAsync("/api/v1/nothing", null), HttpStatusCode.NotFound);

        Assert.Contains("/api/v1", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/mpps/kota-pekalongan")]
    [InlineData("/api/health")]
    [InlineData("/api/v1/datasets")]
    public async Task PreflightIsAnsweredOnEveryRoute(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", "https://pekalongankota.go.id");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
