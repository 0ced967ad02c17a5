using System.Net;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Http;

public sealed class UnavailableStorageTests
{
    [Fact]
    public async Task StorageThatDoesNotAnswerGivesProblemServiceUnavailable()
    {
        var closedPort = AzuriteProcess.FreeLoopbackPort();
        var connectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{closedPort}/{AzuriteProcess.AccountName};";
        await using var app = ApiFixture.StartApp(connectionString, "nowhere");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/mpps"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/health")).StatusCode);
    }
}
