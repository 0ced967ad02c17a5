using System.Net;
using System.Text;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Api.Tests.Storage;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>
/// Storage resetting every connection during a write (the registry lookup, the MPP's row, a counter's, the
/// trail head, the change): 503 and nothing written, whichever call the reset reaches first.
/// </summary>
public sealed class WriteStorageFaultTests(FaultyStorageFixture storage) : IClassFixture<FaultyStorageFixture>
{
    private const string Citations = """[{ "source": "tribunchannel-2024-09-20", "quote": "memiliki bangunan 2 lantai" }]""";

    public static TheoryData<string, string, string, string> Writes => new()
    {
        { "PATCH", "/api/v1/mpps/kota-pekalongan", WriteMediaTypes.MergePatch, $$"""{ "floors": 5, "citations": {{Citations}} }""" },
        {
            "PUT", "/api/v1/mpps/kota-pekalongan/counters/fixture-fault", WriteMediaTypes.Json,
            $$"""{ "agencyKind": "dukcapil", "statedName": "Loket uji", "agencyBasis": "stated", "status": "serving", "services": [], "schedule": null, "citations": {{Citations}} }"""
        },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AWriteWhileStorageResetsGets503WithRetryAfterAndWritesNothing(string method, string path, string mediaType, string body)
    {
        using var client = storage.Client(TimeSpan.FromSeconds(60));
        var before = await client.GetAsync("/api/v1/mpps/kota-pekalongan");
        var versionBefore = (await storage.Store.GetVersionAsync())!.Version;
        using var request = StewardRequests.Json(new HttpMethod(method), path, json: null, StewardTokens.For("fault", [StewardRoles.Write]), before.Headers.ETag!.Tag);
        request.Content = new StringContent(body, Encoding.UTF8, mediaType);

        storage.TableProxy.Set(Fault.Reset);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        finally
        {
            storage.TableProxy.Set(Fault.None);
        }

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, await response.Content.ReadAsStringAsync());
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(versionBefore, (await storage.Store.GetVersionAsync())!.Version);
        Assert.Equal(before.Headers.ETag!.Tag.Split('.')[0], (await storage.Store.LoadAsync()).Mpps.Single(m => m.Id == "kota-pekalongan") is var stored
            ? $"\"{MppRevision.Of(stored)}" : null);
    }
}
