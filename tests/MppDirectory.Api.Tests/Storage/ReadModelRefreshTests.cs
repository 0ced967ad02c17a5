using System.Text.Json;

namespace MppDirectory.Api.Tests.Storage;

public sealed class ReadModelRefreshTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ApiServesNewDataWithinAnIntervalOfTheStoredVersionChanging()
    {
        await api.Client.GetStringAsync("/api/v1/mpps");
        var banjarbaru = api.Seed.Mpps.Single(m => m.Id == "kota-banjarbaru");

        var sync = await api.Store.SyncAsync(api.Seed with
        {
            Mpps = [.. api.Seed.Mpps.Where(m => m != banjarbaru), banjarbaru with { Name = "MPP Banjarbaru (renamed)" }],
        });

        // The refresher checks every 100 ms here; reads never wait on storage, so the new name shows after a check.
        var name = await Eventually.WaitForAsync(
            async () => JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/mpps/kota-banjarbaru")).RootElement.GetProperty("name").GetString(),
            n => n == "MPP Banjarbaru (renamed)",
            TimeSpan.FromSeconds(5),
            "the renamed MPP");
        var health = JsonDocument.Parse(await api.Client.GetStringAsync("/api/health")).RootElement;
        Assert.Equal(sync.Version, health.GetProperty("dataVersion").GetString());

        var restored = await api.Store.SyncAsync(api.Seed);
        await Eventually.WaitForAsync(
            async () => JsonDocument.Parse(await api.Client.GetStringAsync("/api/health")).RootElement.GetProperty("dataVersion").GetString(),
            v => v == restored.Version,
            TimeSpan.FromSeconds(5),
            "the restored version");
    }
}
