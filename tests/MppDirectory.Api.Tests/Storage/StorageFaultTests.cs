using System.Net;
using System.Text.Json;
using MppDirectory.Azurite;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Storage;

/// <summary>
/// Storage that hangs, slows, refuses or resets: reads keep answering from the loaded snapshot,
/// health says so within a second, and the app picks up new data by itself once the fault clears.
/// </summary>
public sealed class StorageFaultTests(FaultyStorageFixture fixture) : IClassFixture<FaultyStorageFixture>
{
    private static readonly string[] Reads =
    [
        "/api/v1/mpps", "/api/v1/mpps/kota-pekalongan", "/api/v1/search?q=dukcapil", "/api/v1/agencies", "/api/v1/mpps/kota-langsa/schedule",
    ];

    [Theory]
    [InlineData(Fault.Hang)]
    [InlineData(Fault.Latency)]
    [InlineData(Fault.Refuse)]
    [InlineData(Fault.Reset)]
    public async Task ReadsKeepAnsweringWhileStorageMisbehavesAndHealthSaysSo(Fault fault)
    {
        using var browser = fixture.Client(TimeSpan.FromSeconds(2));
        using var monitor = fixture.Client(TimeSpan.FromSeconds(1));
        await Eventually.WaitForAsync(() => StatusAsync(monitor), s => s == "healthy", TimeSpan.FromSeconds(5), "healthy before the fault");

        fixture.Proxy.Set(fault);
        try
        {
            // Health answers within its 1 s client deadline every time, and reports the fault within an interval and a deadline (0.7 s here; the test allows 2 s on a busy machine).
            var started = DateTime.UtcNow;
            await Eventually.WaitForAsync(() => monitor.GetStringAsync("/api/health"), s => s.Contains("\"degraded\"", StringComparison.Ordinal), TimeSpan.FromSeconds(2), $"degraded under {fault}");
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2));

            // Light traffic: one request at a time, each with a 2 s deadline.
            foreach (var url in Reads.Concat(Reads))
            {
                using var response = await browser.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} under {fault}: {(int)response.StatusCode}");
            }

            // A burst of parallel reads.
            var burst = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => browser.GetAsync(Reads[i % Reads.Length])));
            Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            foreach (var response in burst)
            {
                response.Dispose();
            }
        }
        finally
        {
            fixture.Proxy.Set(Fault.None);
        }

        // Once the fault clears, a new version is served within an interval or two, with nothing restarted.
        var langsa = TestSeed.Data.Mpps.Single(m => m.Id == "kota-langsa");
        var changed = await fixture.Store.SyncAsync(TestSeed.Data with
        {
            Mpps = [.. TestSeed.Data.Mpps.Where(m => m != langsa), langsa with { Floors = 7 }],
        });
        await Eventually.WaitForAsync(() => VersionAsync(monitor), v => v == changed.Version, TimeSpan.FromSeconds(3), $"the new version after {fault}");
        var detail = JsonDocument.Parse(await browser.GetStringAsync("/api/v1/mpps/kota-langsa")).RootElement;
        Assert.Equal(7, detail.GetProperty("floors").GetInt32());
        Assert.Equal("healthy", await StatusAsync(monitor));

        var restored = await fixture.Store.SyncAsync(TestSeed.Data);
        await Eventually.WaitForAsync(() => VersionAsync(monitor), v => v == restored.Version, TimeSpan.FromSeconds(3), "the restored version");
    }

    [Fact]
    public async Task WithNothingLoadedAHungStorageGivesA503WithRetryAfterNotAHang()
    {
        var azurite = await SharedAzurite.GetAsync();
        await using var proxy = FaultProxy.Start(azurite.Ports.Blob);
        proxy.Set(Fault.Hang);
        await using var app = ApiFixture.StartApp(AzuriteProcess.ConnectionStringFor(proxy.Port, azurite.Ports.Table), fixture.Names, settings: FaultyStorageFixture.Settings);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)), Timeout = TimeSpan.FromSeconds(3) };

        using var read = await client.GetAsync("/api/v1/mpps");
        using var health = await client.GetAsync("/api/health");

        await Http.ProblemAssert.IsProblemAsync(read, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(read.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        proxy.Set(Fault.None);
        await Eventually.WaitForAsync(async () => (await client.GetAsync("/api/v1/mpps")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(3), "the first load after the fault clears");
    }

    private static async Task<string?> StatusAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/health")).RootElement.GetProperty("status").GetString();

    private static async Task<string?> VersionAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/health")).RootElement.GetProperty("dataVersion").GetString();
}
