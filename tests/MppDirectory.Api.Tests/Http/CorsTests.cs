using System.Net;

namespace MppDirectory.Api.Tests.Http;

/// <summary>City websites call the API from their own origins.</summary>
public sealed class CorsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task GetFromAnyOriginIsAllowedAndExposesPagingAndCachingHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/mpps");
        request.Headers.Add("Origin", "https://pekalongankota.go.id");

        var response = await api.Client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(v => v.Split(',')).Select(v => v.Trim());
        Assert.Superset(new HashSet<string>(["ETag", "Link", "X-Total-Count"], StringComparer.OrdinalIgnoreCase), exposed.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task PreflightForAConditionalGetIsAnswered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/mpps");
        request.Headers.Add("Origin", "https://example.org");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("if-none-match", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WritesAreNotAllowedCrossOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/mpps");
        request.Headers.Add("Origin", "https://example.org");
        request.Headers.Add("Access-Control-Request-Method", "DELETE");

        var response = await api.Client.SendAsync(request);

        Assert.False(response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Single().Contains("DELETE", StringComparison.Ordinal));
    }
}
