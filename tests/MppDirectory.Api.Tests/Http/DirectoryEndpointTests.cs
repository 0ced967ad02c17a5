using System.Net;
using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

/// <summary>The read API over the seed directory: filters, agencies, services, statistics, regions, sources, notes.</summary>
public sealed class DirectoryEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("province=11", "kota-langsa")]
    [InlineData("regency=33.75", "kota-pekalongan")]
    [InlineData("agency=imigrasi", "kota-langsa")]
    [InlineData("agency=polres", "kota-banjarbaru,kota-pekalongan")]
    [InlineData("service=paspor", "kota-langsa")]
    [InlineData("service=pajak-kendaraan", "kota-banjarbaru")]
    [InlineData("status=launched", "kota-banjarbaru,kota-pangkalpinang")]
    [InlineData("status=soft-launched", "kota-langsa,kota-pekalongan")]
    [InlineData("status=planned", "")]
    public async Task MppFiltersNarrowTheList(string query, string expected)
    {
        var page = await api.Client.GetJsonAsync("/api/v1/mpps?" + query);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), page.ItemIds().Order());
    }

    [Fact]
    public async Task PossibleCountersDoNotCountAsServing()
    {
        // Pangkalpinang names the police only as an agency that might join.
        var page = await api.Client.GetJsonAsync("/api/v1/mpps?agency=kejaksaan");

        Assert.Equal(["kota-banjarbaru", "kota-pekalongan"], page.ItemIds().Order());
    }

    [Fact]
    public async Task MppDetailTellsReportedCountsFromDerivedOnes()
    {
        var pekalongan = await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan");
        var counts = pekalongan.GetProperty("counts");

        var reportedCounters = counts.GetProperty("reported").EnumerateArray()
            .Where(o => o.GetProperty("metric").GetString() == "counters")
            .Select(o => (o.GetProperty("value").GetInt64(), o.GetProperty("observedOn").GetProperty("value").GetString()));
        Assert.Equal([(18L, "2023-08-18"), (23L, "2024-09-20")], reportedCounters);
        Assert.Equal(10, counts.GetProperty("derived").GetProperty("counters").GetInt32());
        Assert.Contains("e-ktp", pekalongan.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task AgencyDetailListsTheMppsThatHostIt()
    {
        var imigrasi = await api.Client.GetJsonAsync("/api/v1/agencies/imigrasi");

        Assert.Equal("national-regional-office", imigrasi.GetProperty("category").GetString());
        Assert.Equal(["kota-langsa"], imigrasi.GetProperty("mpps").Strings("id"));
        Assert.Equal("Kantor Imigrasi Kelas II Non TPI Kota Langsa", imigrasi.GetProperty("mpps")[0].GetProperty("counters")[0].GetProperty("statedName").GetString());
        Assert.Contains("paspor", imigrasi.GetProperty("services").Strings("id"));
    }

    [Fact]
    public async Task AgenciesFilterByCategoryAndCountTheirMpps()
    {
        var banks = await api.Client.GetJsonAsync("/api/v1/agencies?category=bank&per_page=100");

        Assert.All(banks.GetProperty("items").EnumerateArray(), b => Assert.Equal("bank", b.GetProperty("category").GetString()));
        var bri = banks.GetProperty("items").EnumerateArray().Single(b => b.GetProperty("id").GetString() == "bri");
        Assert.Equal(1, bri.GetProperty("mppCount").GetInt32());
    }

    [Fact]
    public async Task ServiceDetailNamesItsAgenciesAndMpps()
    {
        var skck = await api.Client.GetJsonAsync("/api/v1/services/skck");

        Assert.Equal(["polres"], skck.GetProperty("agencyKinds").Strings("id"));
        Assert.Equal(["kota-banjarbaru", "kota-pekalongan"], skck.GetProperty("mpps").Strings("id").Order());
    }

    [Fact]
    public async Task StatisticsCountTheRecordsAndSaySo()
    {
        var report = await api.Client.GetJsonAsync("/api/v1/statistics");
        var national = report.GetProperty("statistics").GetProperty("national");

        Assert.Equal(4, national.GetProperty("mpps").GetInt32());
        Assert.Equal(514, national.GetProperty("regencies").GetInt32());
        Assert.Equal(2, national.GetProperty("mppsByStatus").GetProperty("launched").GetInt32());
        Assert.Equal(3, national.GetProperty("countersByStatus").GetProperty("possible").GetInt32());
        Assert.Contains("own records", report.GetProperty("basis").GetString(), StringComparison.Ordinal);
        var jawaTengah = report.GetProperty("statistics").GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "33");
        Assert.Equal(1, jawaTengah.GetProperty("mpps").GetInt32());
        Assert.Equal(35, jawaTengah.GetProperty("regencies").GetInt32());
    }

    [Fact]
    public async Task RegionsShowMppCoverage()
    {
        var regencies = await api.Client.GetJsonAsync("/api/v1/regions?level=regency&has_mpp=true");
        var kalsel = await api.Client.GetJsonAsync("/api/v1/regions?province=63&level=regency&per_page=100");

        Assert.Equal(["11.74", "19.71", "33.75", "63.72"], regencies.GetProperty("items").Strings("code"));
        Assert.Equal(13, kalsel.GetProperty("totalCount").GetInt32());
        Assert.Equal(38, (await api.Client.GetJsonAsync("/api/v1/regions")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task SourceDetailListsEverySentenceCitedFromIt()
    {
        var source = await api.Client.GetJsonAsync("/api/v1/sources/suarabaru-2023-08-18");

        Assert.Equal("SUARABARU.ID", source.GetProperty("publisher").GetString());
        Assert.All(source.GetProperty("citations").EnumerateArray(), c => Assert.Equal("kota-pekalongan", c.GetProperty("mppId").GetString()));
        Assert.Contains(source.GetProperty("citations").EnumerateArray(), c => c.GetProperty("quote").GetString()!.Contains("Rp 1,171 Milliar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotesAreListableByKind()
    {
        var notes = await api.Client.GetJsonAsync("/api/v1/notes?kind=count-mismatch");

        var note = Assert.Single(notes.GetProperty("items").EnumerateArray());
        Assert.Equal("kota-langsa", note.GetProperty("mppId").GetString());
        Assert.Equal("eight-institutions-nine-named", note.GetProperty("id").GetString());
    }

    [Fact]
    public async Task HolidayCalendarSaysWhyItIsEmpty()
    {
        var calendar = await api.Client.GetJsonAsync("/api/v1/holidays");
        var english = await api.Client.GetJsonAsync("/api/v1/holidays?lang=en");

        Assert.Equal(0, calendar.GetProperty("days").GetArrayLength());
        Assert.Contains("keputusan bersama", calendar.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("decree", english.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAgencyServiceAndSourceAreProblemsNotFound()
    {
        foreach (var url in new[] { "/api/v1/agencies/x", "/api/v1/services/x", "/api/v1/sources/x", "/api/v1/mpps/x/counters", "/api/v1/mpps/x/schedule" })
        {
            await ProblemAssert.IsProblemAsync(await api.Client.GetAsync(url), HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task DatesAreIso8601AndEnumsKebabCase()
    {
        var langsa = await api.Client.GetJsonAsync("/api/v1/mpps/kota-langsa");
        var milestone = langsa.GetProperty("milestones")[0];

        Assert.Equal("soft-launch", milestone.GetProperty("kind").GetString());
        Assert.Equal("2024-08-03", milestone.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.String, langsa.GetProperty("counters")[0].GetProperty("agencyBasis").ValueKind);
    }
}
