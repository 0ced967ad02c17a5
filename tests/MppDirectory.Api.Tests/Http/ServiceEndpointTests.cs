using System.Net;
using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

public sealed class ServiceEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task HealthReportsReachableStorageAndTheDataVersion()
    {
        var response = await api.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("storageReachable").GetBoolean());
        Assert.Equal((await api.Store.GetVersionAsync())!.Version, body.GetProperty("dataVersion").GetString());
    }

    [Fact]
    public async Task RootAnswersForTheFunctionsHostReadinessProbe()
    {
        var response = await api.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/api/docs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRouteReturnsProblemNotFound()
    {
        await ProblemAssert.IsProblemAsync(await api.Client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Client.GetAsync("/api/v1/nothing-here.csv"), HttpStatusCode.NotFound);
    }
}
