using System.Net;
using System.Text.Json;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>A published counters.csv edited in a spreadsheet and brought back (a directory of its own; test-only names).</summary>
public sealed class CounterImportTests(Datasets.StewardedDatasetApiFixture published) : IClassFixture<Datasets.StewardedDatasetApiFixture>
{
    private const string Cited = "&source=serambinews-2024-08-03&quote=DPMPTSP%20Kota%20Langsa";
    private static readonly string Admin = ImportRequests.Admin;
    private readonly ApiFixture api = published.Api;

    [Fact]
    public async Task ReimportingTheLatestCountersCsvUnchangedReportsEveryRowUnchangedAndWritesNothing()
    {
        var csv = await ImportRequests.LatestCsvAsync(api, "counters.csv");
        var before = await ImportRequests.StateAsync(api);

        var report = await ReportAsync(await api.Client.SendAsync(ImportRequests.Import(csv, Admin)));

        var counters = api.Seed.Mpps.Sum(m => m.Counters.Count);
        Assert.Equal("counters.csv", report.GetProperty("file").GetString());
        Assert.Equal(counters, report.GetProperty("rows").GetInt32());
        Assert.Equal(counters, report.GetProperty("unchanged").GetArrayLength());
        Assert.Equal(0, report.GetProperty("updated").GetArrayLength() + report.GetProperty("created").GetArrayLength());
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    public async Task EditedAddedAndEndedCountersArePlannedThenAppliedOneChangePerMpp()
    {
        var csv = await ImportRequests.LatestCsvAsync(api, "counters.csv");
        var edited = ImportRequests.EditCells(csv, "kota-langsa/bpkd", ("stated_name", "BPKD (nama uji)"));
        edited = ImportRequests.EditCells(edited, "kota-pekalongan/kemenag",
            ("status", "ended"), ("ended", "2026-11"), ("ended_precision", "month"), ("ended_basis", "stated"), ("ended_text", "November 2026"));
        edited = ImportRequests.AppendRow(edited,
            ("counter_id", "kota-langsa/fixture-import"), ("mpp_id", "kota-langsa"), ("counter_slug", "fixture-import"),
            ("agency_id", "dukcapil"), ("stated_name", "Loket uji impor"), ("agency_basis", "stated"), ("status", "joining-later"));
        var before = await ImportRequests.StateAsync(api);

        var dry = await ReportAsync(await api.Client.SendAsync(ImportRequests.Import(edited, Admin)));

        Assert.Equal(["fixture-import"], dry.GetProperty("created").EnumerateArray().Select(r => r.GetProperty("counterId").GetString()));
        Assert.Equal(["bpkd", "kemenag"], dry.GetProperty("updated").EnumerateArray().Select(r => r.GetProperty("counterId").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(before, await ImportRequests.StateAsync(api));

        var applied = await ReportAsync(await api.Client.SendAsync(ImportRequests.Import(edited, Admin, "?dry_run=false" + Cited)));

        Assert.Equal("BPKD (nama uji)", (await api.Client.GetJsonAsync("/api/v1/mpps/kota-langsa/counters/bpkd")).GetProperty("statedName").GetString());
        Assert.Equal("joining-later", (await api.Client.GetJsonAsync("/api/v1/mpps/kota-langsa/counters/fixture-import")).GetProperty("status").GetString());
        var ended = await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan/counters/kemenag");
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.Equal("2026-11", ended.GetProperty("ended").GetProperty("value").GetString());

        // One change per MPP: the Langsa rows together, Pekalongan's alone.
        var changeIds = applied.GetProperty("updated").EnumerateArray().Concat(applied.GetProperty("created").EnumerateArray())
            .Select(r => r.GetProperty("changeId").GetInt64()).Distinct().Order().ToList();
        Assert.Equal(2, changeIds.Count);
        var changes = (await api.Client.GetJsonAsync($"/api/v1/changes?since={changeIds[0] - 1}")).GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        var langsa = changes.Single(c => c.GetProperty("entity").GetString() == "mpps/kota-langsa");
        Assert.Equal(["counters/bpkd", "counters/fixture-import"], langsa.GetProperty("after").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(langsa.GetProperty("before").TryGetProperty("counters/fixture-import", out _));

        // The same file again changes nothing more.
        var again = await ReportAsync(await api.Client.SendAsync(ImportRequests.Import(edited, Admin, "?dry_run=false" + Cited)));
        Assert.Equal(0, again.GetProperty("updated").GetArrayLength() + again.GetProperty("created").GetArrayLength());
    }

    [Fact]
    public async Task AGarbageCountersCsvIsAProblemNamingEachRowAndColumnAndWritesNothing()
    {
        var csv = await ImportRequests.LatestCsvAsync(api, "counters.csv");
        var lines = csv.Split("\r\n").ToList();
        var garbage = ImportRequests.EditCells(csv, "kota-langsa/bpkd", ("position", "99"), ("agency_id", "no-such-agency"));
        garbage = ImportRequests.EditCells(garbage, "kota-langsa/dinas-dukcapil", ("status", "ended"));
        garbage = ImportRequests.AppendRow(garbage, ("counter_id", "nowhere/x"), ("mpp_id", "nowhere"), ("counter_slug", "x"));
        var before = await ImportRequests.StateAsync(api);

        var problem = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import(garbage, Admin)), HttpStatusCode.UnprocessableEntity);

        int Row(string id) => lines.FindIndex(l => l.StartsWith(id + ",", StringComparison.Ordinal)) + 1;
        var keys = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains($"row {Row("kota-langsa/bpkd")}, position", keys);
        Assert.Contains($"row {Row("kota-langsa/bpkd")}, agency_id", keys);
        Assert.Contains($"row {Row("kota-langsa/dinas-dukcapil")}, ended", keys);
        Assert.Contains($"row {lines.Count(l => l.Length > 0) + 1}, mpp_id", keys);
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public async Task TheCliImportsCountersCsvByTheSameRules()
    {
        var file = Path.Combine(Path.GetTempPath(), $"counters-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, ImportRequests.EditCells(await ImportRequests.LatestCsvAsync(api, "counters.csv"), "kota-langsa/bpkd", ("agency_id", "no-such-agency")));
        try
        {
            var result = await ImportRequests.CliAsync(api, file, "--dry-run");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("agency_id: No agency kind has the id 'no-such-agency'", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<JsonElement> ReportAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
