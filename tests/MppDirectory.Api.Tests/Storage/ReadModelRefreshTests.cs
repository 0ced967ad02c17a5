using System.Text.Json;

namespace MppDirectory.Api.Tests.Storage;

public sealed class ReadModelRefreshTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ApiServesNewDataOnceTheStoredVersionChanges()
    {
        await api.Client.GetStringAsync("/api/v1/mpps"); // loads the read model
        var banjarbaru = api.Seed.Mpps.Single(m => m.Id == "kota-banjarbaru");

        await api.Store.SyncAsync(api.Seed with
        {
            Mpps = [.. api.Seed.Mpps.Where(m => m != banjarbaru), banjarbaru with { Name = "MPP Banjarbaru (renamed)" }],
        });

        var body = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/mpps/kota-banjarbaru")).RootElement;
        Assert.Equal("MPP Banjarbaru (renamed)", body.GetProperty("name").GetString());
        await api.Store.SyncAsync(api.Seed);
    }
}
