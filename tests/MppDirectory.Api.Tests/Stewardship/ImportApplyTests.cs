using System.Net;
using System.Text.Json;
using MppDirectory.Api.Tests.Http;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>A real import, in a directory of its own (it changes the store the dry-run tests compare against).</summary>
public sealed class ImportApplyTests(Datasets.StewardedDatasetApiFixture published) : IClassFixture<Datasets.StewardedDatasetApiFixture>
{
    private static readonly string Admin = ImportRequests.Admin;
    private readonly ApiFixture api = published.Api;

    [Fact]
    public async Task AnEditedRowIsPlannedInADryRunAndAppliedAndAuditedOnceInARealImport()
    {
        var csv = await ImportRequests.LatestMppsCsvAsync(api);
        var edited = ImportRequests.EditFloors(csv, "kota-langsa", "3");
        var before = await ImportRequests.StateAsync(api);

        var dry = JsonDocument.Parse(await (await api.Client.SendAsync(ImportRequests.Import(edited, Admin))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["floors"], dry.GetProperty("updated")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(3, dry.GetProperty("unchanged").GetArrayLength());
        Assert.Equal(before, await ImportRequests.StateAsync(api));

        var uncited = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import(edited, Admin, "?dry_run=false")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(uncited.GetProperty("errors").EnumerateObject(), e => e.Value.ToString().Contains("cites", StringComparison.Ordinal));
        Assert.Equal(before, await ImportRequests.StateAsync(api));

        var response = await api.Client.SendAsync(ImportRequests.Import(edited, Admin, "?dry_run=false&source=serambinews-2024-08-03&quote=" + Uri.EscapeDataString("DPMPTSP Kota Langsa")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var changeId = report.GetProperty("updated")[0].GetProperty("changeId").GetInt64();

        Assert.Equal(3, (await api.Client.GetJsonAsync("/api/v1/mpps/kota-langsa")).GetProperty("floors").GetInt32());
        var changes = (await api.Client.GetJsonAsync($"/api/v1/changes?since={changeId - 1}")).GetProperty("changes").EnumerateArray().ToList();
        var change = Assert.Single(changes);
        Assert.Equal("import", change.GetProperty("operation").GetString());
        Assert.Equal("mpps/kota-langsa", change.GetProperty("entity").GetString());
        Assert.Equal(3, change.GetProperty("after").GetProperty("floors").GetInt32());

        // The same file again changes nothing more.
        var again = JsonDocument.Parse(await (await api.Client.SendAsync(ImportRequests.Import(edited, Admin, "?dry_run=false&source=serambinews-2024-08-03&quote=x"))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, again.GetProperty("updated").GetArrayLength());

        // A dataset version follows by itself, and says what changed.
        var versions = await Eventually.WaitForAsync(
            () => api.Client.GetJsonAsync("/api/v1/datasets"),
            list => list.GetProperty("items").GetArrayLength() == 2,
            TimeSpan.FromSeconds(20),
            "a dataset version after the import");
        var newest = versions.GetProperty("items")[0];
        Assert.Equal(published.FirstVersion, newest.GetProperty("changes").GetProperty("previousVersion").GetString());
        var mpps = newest.GetProperty("changes").GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "mpps");
        Assert.Equal(1, mpps.GetProperty("rowsChanged").GetInt32());
        var republished = await api.Client.GetStringAsync($"/api/v1/datasets/{newest.GetProperty("version").GetString()}/mpps.csv");
        Assert.Equal(edited.TrimEnd('\r', '\n'), republished.TrimEnd('\r', '\n'));
    }
}
