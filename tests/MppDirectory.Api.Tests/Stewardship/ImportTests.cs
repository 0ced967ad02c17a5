using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>A published mpps.csv (a directory of its own with one dataset version) edited in a spreadsheet and brought back through POST /api/v1/imports.</summary>
public sealed class ImportTests(Datasets.StewardedDatasetApiFixture published) : IClassFixture<Datasets.StewardedDatasetApiFixture>
{
    private readonly ApiFixture api = published.Api;

    private static readonly string Admin = ImportRequests.Admin;

    [Fact]
    public async Task ReimportingTheLatestMppsCsvUnchangedReportsEveryRowUnchangedAndWritesNothing()
    {
        var csv = await ImportRequests.LatestMppsCsvAsync(api);
        var before = await ImportRequests.StateAsync(api);

        var response = await api.Client.SendAsync(ImportRequests.Import(csv, Admin, "?dry_run=true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(4, report.GetProperty("rows").GetInt32());
        Assert.Equal(4, report.GetProperty("unchanged").GetArrayLength());
        Assert.Equal(0, report.GetProperty("updated").GetArrayLength());
        Assert.Equal(0, report.GetProperty("created").GetArrayLength());
        Assert.Equal(0, report.GetProperty("errors").GetArrayLength());
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    public async Task AGarbageCsvIsAProblemListingItsRowsAndWritesNothing()
    {
        var csv = await ImportRequests.LatestMppsCsvAsync(api);
        var lines = csv.Split("\r\n");
        lines[2] = lines[2].Replace("Asia/", "Europe/", StringComparison.Ordinal); // a derived column
        lines[3] = "kota-nowhere" + lines[3][lines[3].IndexOf(',', StringComparison.Ordinal)..];
        var garbage = string.Join("\r\n", lines) + "just,three,cells\r\n";
        var before = await ImportRequests.StateAsync(api);

        foreach (var dryRun in new[] { "true", "false" })
        {
            var problem = await ProblemAssert.IsProblemAsync(
                await api.Client.SendAsync(ImportRequests.Import(garbage, Admin, $"?dry_run={dryRun}&source=tribunchannel-2024-09-20&quote=x")), HttpStatusCode.UnprocessableEntity);
            var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
            Assert.Contains("row 3, time_zone", errors);
            Assert.Contains("row 4, mpp_id", errors);
            Assert.Contains("row 6", errors);
        }

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import("not,a,dataset\r\n1,2,3\r\n", Admin)), HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import("mpp_id,\"name\r\n", Admin)), HttpStatusCode.UnprocessableEntity);
        var latin1 = ImportRequests.Import("", Admin);
        latin1.Content = new ByteArrayContent([.. Encoding.UTF8.GetBytes((await ImportRequests.LatestMppsCsvAsync(api))[..40]), 0xE9, 0x0D, 0x0A]);
        latin1.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var notUtf8 = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(latin1), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("UTF-8", notUtf8.GetProperty("errors").GetProperty("row 1")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    public async Task OnlyAdminsImportAndOnlyCsvOrJson()
    {
        var csv = await ImportRequests.LatestMppsCsvAsync(api);
        var writer = StewardTokens.For("steward", [StewardRoles.Write]);

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import(csv, token: null)), HttpStatusCode.Unauthorized);
        var forbidden = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import(csv, writer)), HttpStatusCode.Forbidden);
        Assert.Contains(StewardRoles.Admin, forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var text = ImportRequests.Import(csv, Admin);
        text.Content = new StringContent(csv, Encoding.UTF8, "text/plain");
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(text), HttpStatusCode.UnsupportedMediaType);
        var badFlag = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import(csv, Admin, "?dry_run=maybe")), HttpStatusCode.BadRequest);
        Assert.True(badFlag.GetProperty("errors").TryGetProperty("dry_run", out _));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public async Task TheCliDryRunOfTheLatestMppsCsvFindsEveryRowUnchanged()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("import").FullName, "mpps.csv");
        await File.WriteAllTextAsync(file, await ImportRequests.LatestMppsCsvAsync(api));
        var before = await ImportRequests.StateAsync(api);

        var result = await ImportRequests.CliAsync(api, file, "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("4 rows: 0 updated, 4 unchanged, 0 created", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public async Task TheCliNamesEachBadRowAndColumnOnOneLineAndExits2()
    {
        var lines = (await ImportRequests.LatestMppsCsvAsync(api)).Split("\r\n");
        lines[2] = lines[2].Replace("Asia/", "Europe/", StringComparison.Ordinal);
        var file = Path.Combine(Directory.CreateTempSubdirectory("import").FullName, "mpps.csv");
        await File.WriteAllTextAsync(file, string.Join("\r\n", lines));

        var result = await ImportRequests.CliAsync(api, file, "--dry-run");
        var missing = await ImportRequests.CliAsync(api, "/nonexistent/mpps.csv", "--dry-run");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("row 3, time_zone", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("/nonexistent/mpps.csv", missing.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + missing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScopedAdminCannotImportOrMoveAnMppOutsideTheirScope()
    {
        var jatengAdmin = StewardTokens.For("jateng-admin", [StewardRoles.Admin]);
        var csv = await ImportRequests.LatestMppsCsvAsync(api);
        var before = await ImportRequests.StateAsync(api);

        // Kota Langsa is outside 33.75; moving Kota Pekalongan to Langsa's regency takes it outside too.
        foreach (var edited in new[] { ImportRequests.EditFloors(csv, "kota-langsa", "4"), ImportRequests.EditCells(csv, "kota-pekalongan", ("regency_code", "11.74")) })
        {
            foreach (var query in new[] { "", "?dry_run=false&source=serambinews-2024-08-03&quote=" + Uri.EscapeDataString("DPMPTSP Kota Langsa") })
            {
                var problem = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(ImportRequests.Import(edited, jatengAdmin, query)), HttpStatusCode.Forbidden);
                Assert.Equal("Outside the steward's scope", problem.GetProperty("title").GetString());
                Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.EndsWith("mpp_id", StringComparison.Ordinal));
            }
        }

        Assert.Equal(before, await ImportRequests.StateAsync(api));
        // Within the scope the same admin imports.
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(ImportRequests.Import(ImportRequests.EditFloors(csv, "kota-pekalongan", "5"), jatengAdmin))).StatusCode);
    }
}
