using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.OpenApi;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Datasets.Formats;
using MppDirectory.Domain;
using MppDirectory.Storage.Publishing;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>
/// Free text a spreadsheet would run as a formula (a leading =, +, -, @, tab, CR or LF) is refused by every write, the
/// API's and both importers', naming the field (and the row); and none reaches a cell of a published CSV, even when it
/// was stored before the rule.
/// </summary>
public sealed class FormulaTextTests(Datasets.StewardedDatasetApiFixture published) : IClassFixture<Datasets.StewardedDatasetApiFixture>
{
    private const string Citation = """[{ "source": "tribunchannel-2024-09-20", "quote": "memiliki bangunan 2 lantai" }]""";
    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);
    private readonly ApiFixture api = published.Api;

    public static TheoryData<string> Leads => ["=HYPERLINK(\"https://evil.example/\",\"Klik\")", "+62 811 0000", "-1+2", "@SUM(1,2)", "\tMal", "\rMal", "\nMal"];

    [Theory]
    [MemberData(nameof(Leads))]
    public async Task APatchWithAFormulaLedNameIs422NamingItInBothLanguages(string name)
    {
        var before = await ImportRequests.StateAsync(api);
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!.Tag;
        var body = new JsonObject { ["name"] = name, ["citations"] = JsonNode.Parse(Citation) }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/mpps/kota-pekalongan") { Content = new StringContent(body, Encoding.UTF8, WriteMediaTypes.MergePatch) };
        request.Headers.Authorization = new("Bearer", Writer);
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var problem = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.UnprocessableEntity);

        var message = problem.GetProperty("errors").GetProperty("name")[0].GetString()!;
        Assert.Contains("rumus", message, StringComparison.Ordinal);
        Assert.Contains("formula", message, StringComparison.Ordinal);
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Theory]
    [InlineData("/api/v1/mpps/kota-pekalongan/counters/fixture-rumus", "PUT", """{ "agencyKind": "dukcapil", "statedName": "=1+1", "agencyBasis": "stated", "status": "serving", "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "x" }] }""", "statedName")]
    [InlineData("/api/v1/mpps/kota-pekalongan/counters/fixture-rumus", "PUT", """{ "agencyKind": "dukcapil", "statedName": "Loket", "agencyBasis": "stated", "status": "serving", "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "@x" }] }""", "citations[0].quote")]
    [InlineData("/api/v1/mpps/kota-pekalongan/observations", "POST", """{ "metric": "counters", "value": 3, "qualifier": "+reported", "observedOn": { "value": "2024", "precision": "year", "basis": "stated", "text": "2024" }, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "x" }] }""", "qualifier")]
    [InlineData("/api/v1/mpps/kota-pekalongan/observations", "POST", """{ "metric": "counters", "value": 3, "qualifier": "reported", "observedOn": { "value": "2024", "precision": "year", "basis": "stated", "text": "-2024" }, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "x" }] }""", "observedOn.text")]
    [InlineData("/api/v1/sources", "POST", """{ "id": "rumus-2025-01-01", "publisher": "=cmd", "dateline": { "value": "2025", "precision": "year", "basis": "stated", "text": "2025" }, "language": "id", "about": { "id": "Uji", "en": "Test" } }""", "publisher")]
    [InlineData("/api/v1/sources", "POST", """{ "id": "rumus-2025-01-01", "dateline": { "value": "2025", "precision": "year", "basis": "stated", "text": "2025" }, "language": "id", "about": { "id": "Uji", "en": "\tTest" } }""", "about.en")]
    [InlineData("/api/v1/mpps", "POST", """{ "id": "kabupaten-rumus", "name": "Mal", "address": "@A1", "regency": { "code": "33.75" }, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "x" }] }""", "address")]
    public async Task EveryJsonWriteRefusesFormulaLedText(string path, string method, string json, string field)
    {
        var before = await ImportRequests.StateAsync(api);

        var problem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(new HttpMethod(method), path, json, Writer)), HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    public async Task AScheduleNoteOrExceptionReasonLedLikeAFormulaIs422()
    {
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!.Tag;
        const string note = """{ "schedule": null, "note": { "id": "=A1", "en": "Hours" }, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "x" }] }""";
        const string reason = """
            { "schedule": { "days": [], "exceptions": [ { "from": "2025-01-01", "through": "2025-01-01", "spans": [], "reason": "+tutup" } ] }, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "x" }] }
            """;

        var noteProblem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-pekalongan/schedule", note, Writer, etag)), HttpStatusCode.UnprocessableEntity);
        var reasonProblem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-pekalongan/schedule", reason, Writer, etag)), HttpStatusCode.UnprocessableEntity);

        Assert.True(noteProblem.GetProperty("errors").TryGetProperty("note.id", out _), noteProblem.ToString());
        Assert.Contains("formula", reasonProblem.GetProperty("errors").GetProperty("schedule")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportWithFormulaLedCellsIsRefusedNamingEachRowAndColumnAndWritesNothing()
    {
        var csv = await ImportRequests.LatestMppsCsvAsync(api);
        var ids = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        int Row(string id) => ids.IndexOf(id) + 2; // the header is row 1
        var edited = ImportRequests.EditCells(csv, "kota-banjarbaru", ("name", "=HYPERLINK(\"https://evil.example/\",\"Klik\")"), ("address", "\tJalan"));
        edited = ImportRequests.EditCells(edited, "kota-langsa", ("address", "+62 811 0000"));
        edited = ImportRequests.EditCells(edited, "kota-pangkalpinang", ("venue", "-Gedung"));
        edited = ImportRequests.EditCells(edited, "kota-pekalongan", ("name", "@SUM(1,2)"), ("venue", "\rGedung"));
        var before = await ImportRequests.StateAsync(api);

        foreach (var dryRun in new[] { "true", "false" })
        {
            var problem = await ProblemAssert.IsProblemAsync(
                await api.Client.SendAsync(ImportRequests.Import(edited, ImportRequests.Admin, $"?dry_run={dryRun}&source=tribunchannel-2024-09-20&quote=x")),
                HttpStatusCode.UnprocessableEntity);
            var errors = problem.GetProperty("errors");

            foreach (var (id, column) in new[] { ("kota-banjarbaru", "name"), ("kota-banjarbaru", "address"), ("kota-langsa", "address"), ("kota-pangkalpinang", "venue"), ("kota-pekalongan", "name"), ("kota-pekalongan", "venue") })
            {
                Assert.True(errors.TryGetProperty($"row {Row(id)}, {column}", out var messages), $"errors should name row {Row(id)}, {column}: {errors}");
                Assert.Contains("formula", messages[0].GetString(), StringComparison.Ordinal);
            }
        }

        var counters = await ImportRequests.LatestCsvAsync(api, "counters.csv");
        var counterId = counters.Split("\r\n")[1].Split(',')[0];
        var counterProblem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(ImportRequests.Import(ImportRequests.EditCells(counters, counterId, ("stated_name", "=1+1")), ImportRequests.Admin)),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(counterProblem.GetProperty("errors").TryGetProperty("row 2, stated_name", out _), counterProblem.ToString());

        var mpp = (JsonObject)JsonNode.Parse(await api.Client.GetStringAsync("/api/v1/mpps/kota-pekalongan"))!;
        mpp["name"] = "=HYPERLINK(\"https://evil.example/\")";
        var json = ImportRequests.Import(mpp.ToJsonString(), ImportRequests.Admin);
        json.Content = new StringContent(mpp.ToJsonString(), Encoding.UTF8, "application/json");
        var jsonProblem = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(json), HttpStatusCode.UnprocessableEntity);
        Assert.True(jsonProblem.GetProperty("errors").TryGetProperty("row 1, name", out _), jsonProblem.ToString());

        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public async Task TheCliRefusesFormulaLedCellsNamingTheRowAndColumn()
    {
        var csv = ImportRequests.EditCells(await ImportRequests.LatestMppsCsvAsync(api), "kota-langsa", ("name", "=HYPERLINK(\"https://evil.example/\")"));
        var file = Path.Combine(Path.GetTempPath(), $"mpps-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);
        var before = await ImportRequests.StateAsync(api);
        try
        {
            var result = await ImportRequests.CliAsync(api, file, "--source", "tribunchannel-2024-09-20", "--quote", "x");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("name", result.Output, StringComparison.Ordinal);
            Assert.Contains("formula", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }
}

/// <summary>
/// Formula-led text stored before the rule (written to storage directly, as an old build or a forced seed could): the
/// published CSV files never carry it as a formula, and importing them back as published changes nothing.
/// </summary>
public sealed class StoredFormulaTextTests(StoredFormulaTextTests.Fixture stored) : IClassFixture<StoredFormulaTextTests.Fixture>
{
    private const string Hyperlink = "=HYPERLINK(\"https://evil.example/\",\"Klik\")";

    [Fact]
    public async Task NoPublishedCsvCellStartsLikeAFormula()
    {
        var store = stored.Services.GetRequiredService<DatasetStore>();
        var version = (await new DatasetPublisher(store, new TestClock(ExampleRequests.ExamplePublishTime)).PublishAsync(stored.Seed)).Manifest;
        var cells = new List<(string File, string Cell)>();
        foreach (var file in version.Files.Select(f => f.Name))
        {
            var bytes = await stored.Client.GetByteArrayAsync($"/api/v1/datasets/{version.Version}/{file}");
            if (file.EndsWith(".csv", StringComparison.Ordinal))
            {
                cells.AddRange(CellsOf(file, bytes));
            }
            else if (file.EndsWith(".zip", StringComparison.Ordinal))
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.Ordinal)))
                {
                    using var content = new MemoryStream();
                    await using (var stream = entry.Open())
                    {
                        await stream.CopyToAsync(content);
                    }

                    cells.AddRange(CellsOf(file + "/" + entry.FullName, content.ToArray()));
                }
            }
        }

        Assert.Contains(cells, c => c.File == "mpps.csv" && c.Cell == "'" + Hyperlink); // it is there, as text
        Assert.DoesNotContain(cells, c => c.Cell.Length > 0 && c.Cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n'
            && !double.TryParse(c.Cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));

        // Brought back as published, the neutralised cells are the stored values again: nothing changes.
        foreach (var file in new[] { "mpps.csv", "counters.csv" })
        {
            var csv = await stored.Client.GetStringAsync($"/api/v1/datasets/{version.Version}/{file}");
            var report = await stored.Client.SendAsync(ImportRequests.Import(csv, ImportRequests.Admin, "?dry_run=true"));
            var body = JsonNode.Parse(await report.Content.ReadAsStringAsync())!;
            Assert.True(report.StatusCode == HttpStatusCode.OK, body.ToJsonString());
            Assert.Empty(body["updated"]!.AsArray());
            Assert.Empty(body["created"]!.AsArray());
        }
    }

    private static IEnumerable<(string File, string Cell)> CellsOf(string file, byte[] bytes) =>
        CsvReader.Read(Encoding.UTF8.GetString(bytes)).SelectMany(r => r.Cells).Select(c => (file, c));

    /// <summary>The seed with formula-led text in an MPP's name, address and note and in a counter's stated name.</summary>
    public sealed class Fixture : ApiFixture
    {
        private static readonly Lazy<DirectoryData> Data = new(() => TestSeed.Data with
        {
            Mpps = [.. TestSeed.Data.Mpps.Select(m => m.Id != "kota-langsa" ? m : m with
            {
                Name = Hyperlink,
                Address = "@cmd|' /C calc'!A0",
                Venue = "'Gedung' lama",
                Counters = [.. m.Counters.Select((c, i) => i == 0 ? c with { StatedName = "+62 811 0000" } : c)],
            })],
        });

        public override DirectoryData Seed => Data.Value;
    }
}
