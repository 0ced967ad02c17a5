using System.Net;

namespace MppDirectory.Api.Tests.Http;

public sealed class UnavailableStorageTests
{
    [Fact]
    public async Task StorageThatDoesNotAnswerGivesProblemServiceUnavailable()
    {
        await using var app = await UnreachableStorageApp.StartAsync();
        var client = app.Client;

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/mpps"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/health")).StatusCode);
    }
}
