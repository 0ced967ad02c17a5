namespace MppDirectory.Api.Tests.Http;

/// <summary>Searching the seed directory the way a resident would.</summary>
public sealed class SearchEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<IReadOnlyList<string>> CounterKeysAsync(string query)
    {
        var results = await api.Client.GetJsonAsync("/api/v1/search?limit=50&q=" + Uri.EscapeDataString(query));
        return [.. results.GetProperty("counters").EnumerateArray()
            .Select(h => h.GetProperty("item"))
            .Select(c => $"{c.GetProperty("mpp").GetProperty("id").GetString()}/{c.GetProperty("counterId").GetString()}")
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task AcronymAndFullNameOfDukcapilFindTheSameCounters()
    {
        var byAcronym = await CounterKeysAsync("dukcapil");

        Assert.Equal(byAcronym, await CounterKeysAsync("Disdukcapil"));
        Assert.Equal(byAcronym, await CounterKeysAsync("kependudukan"));
        Assert.Contains("kota-banjarbaru/dinas-pendudukan-dan-catatan-sipil", byAcronym); // misspelt in its source
        Assert.Contains("kota-langsa/dinas-dukcapil", byAcronym);
        Assert.Contains("kota-pangkalpinang/dinas-kependudukan-dan-pencatatan-sipil", byAcronym);
    }

    [Fact]
    public async Task PasporFindsImigrasi()
    {
        var results = await api.Client.GetJsonAsync("/api/v1/search?q=paspor");

        Assert.Equal("imigrasi", results.GetProperty("agencies")[0].GetProperty("item").GetProperty("id").GetString());
        Assert.Contains("kota-langsa/kantor-imigrasi-kelas-ii-non-tpi-kota-langsa", await CounterKeysAsync("paspor"));
    }

    [Theory]
    [InlineData("Pangkal Pinang")]
    [InlineData("pangkalpinang")]
    [InlineData("PANGKALPINANG")]
    public async Task SpacingAndCaseVariantsFindTheSameMpp(string query)
    {
        var page = await api.Client.GetJsonAsync("/api/v1/mpps?q=" + Uri.EscapeDataString(query));

        Assert.Equal("kota-pangkalpinang", page.ItemIds()[0]);
    }

    [Fact]
    public async Task AccentsAreIgnored()
    {
        var page = await api.Client.GetJsonAsync("/api/v1/mpps?q=" + Uri.EscapeDataString("Pekalóngan"));

        Assert.Equal("kota-pekalongan", page.ItemIds()[0]);
    }

    [Fact]
    public async Task BpkdAndItsFullNameFindEachOther()
    {
        Assert.Contains("kota-pangkalpinang/badan-keuangan-daerah", await CounterKeysAsync("BPKD"));
        Assert.Contains("kota-langsa/bpkd", await CounterKeysAsync("badan keuangan daerah"));
    }

    [Fact]
    public async Task MppListSearchComesBackByRelevanceWithFiltersApplied()
    {
        var page = await api.Client.GetJsonAsync("/api/v1/mpps?q=bpjs&province=33");

        Assert.Equal(["kota-pekalongan"], page.ItemIds());
    }
}
