using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Api.Tests.Storage;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

public sealed class WriteStorageFaultTests(FaultyStorageFixture storage) : IClassFixture<FaultyStorageFixture>
{
    [Fact]
    public async Task AWriteWhileStorageResetsGets503WithRetryAfterAndWritesNothing()
    {
        using var client = storage.Client(TimeSpan.FromSeconds(60));
        var before = await client.GetAsync("/api/v1/mpps/kota-pekalongan");
        var versionBefore = (await storage.Store.GetVersionAsync())!.Version;
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/mpps/kota-pekalongan")
        {
            Content = new StringContent("""{ "floors": 5, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "memiliki bangunan 2 lantai" }] }""", Encoding.UTF8, MppWritesApi.MergePatch),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StewardTokens.For("fault", [StewardRoles.Write]));
        request.Headers.IfMatch.Add(before.Headers.ETag!);

        storage.Proxy.Set(Fault.Reset);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        finally
        {
            storage.Proxy.Set(Fault.None);
        }

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, await response.Content.ReadAsStringAsync());
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(versionBefore, (await storage.Store.GetVersionAsync())!.Version);
    }
}
