using MppDirectory.Domain.Search;

namespace MppDirectory.Domain.Tests.Search;

public sealed class CounterSearchTests
{
    private static readonly DirectorySearch Search = new(SearchFixture.Directory);

    private static string[] Found(string query) =>
        [.. Search.Counters(query).Select(hit => $"{hit.Item.Mpp.Id}/{hit.Item.Counter.Id}")];

    private static string[] Sorted(string query) => [.. Found(query).Order(StringComparer.Ordinal)];

    private static readonly string[] DukcapilCounters =
        ["kota-banjarbaru/dukcapil", "kota-langsa/dukcapil", "kota-pangkalpinang/dukcapil", "kota-pekalongan/dukcapil"];

    [Theory]
    [InlineData("dukcapil")]
    [InlineData("Disdukcapil")]
    [InlineData("Dinas Kependudukan dan Pencatatan Sipil")]
    [InlineData("kependudukan")]
    public void EveryNameOfTheAgencyKindFindsTheSameCounters(string query) =>
        Assert.Equal(DukcapilCounters, Sorted(query));

    [Fact]
    public void MisspelledStatedNameIsFoundThroughItsAgencyKind() =>
        Assert.Contains("kota-banjarbaru/dukcapil", Found("dukcapil"));

    [Theory]
    [InlineData("DUKCAPIL")]
    [InlineData("DuKcApIl")]
    public void CaseDoesNotMatter(string query) => Assert.Equal(Found("dukcapil"), Found(query));

    [Fact]
    public void AccentsDoNotMatter() => Assert.Equal(Found("kependudukan"), Found("Kependudúkàn"));

    [Fact]
    public void AcronymFindsCounterStatedByFullName() =>
        Assert.Equal(["kota-langsa/bpkd", "kota-pangkalpinang/bpkd"], Sorted("BPKD"));

    [Fact]
    public void FullNameFindsCounterStatedByAcronym() =>
        Assert.Equal(["kota-langsa/bpkd", "kota-pangkalpinang/bpkd"], Sorted("Badan Keuangan Daerah"));

    [Fact]
    public void SynonymFindsCounter() =>
        Assert.Equal(["kota-banjarbaru/polres", "kota-pangkalpinang/polres", "kota-pekalongan/polres"], Sorted("polisi"));

    [Fact]
    public void ServiceFindsTheCountersOfAgencyKindsOfferingIt() =>
        Assert.Equal(["kota-langsa/imigrasi"], Found("paspor"));

    [Fact]
    public void PrefixFindsCounter() => Assert.Equal(["kota-langsa/imigrasi"], Found("imig"));

    [Theory]
    [InlineData("e-KTP")]
    [InlineData("ektp")]
    [InlineData("e ktp")]
    public void SpellingsOfEKtpFindTheSameCounters(string query) => Assert.Equal(DukcapilCounters, Sorted(query));

    [Fact]
    public void StatedNameMatchRanksAboveMatchThroughTheAgencyKind() =>
        Assert.Equal("kota-langsa/dukcapil", Found("Dinas Dukcapil")[0]);

    [Fact]
    public void EveryWordOfTheQueryMustMatch()
    {
        Assert.Equal(["kota-langsa/imigrasi"], Found("imigrasi langsa"));
        Assert.Empty(Found("imigrasi banjarbaru"));
    }

    [Fact]
    public void TiesAreOrderedByMppIdThenCounterId()
    {
        var hits = Search.Counters("dukcapil");

        Assert.Equal(
            ["kota-langsa/dukcapil", "kota-banjarbaru/dukcapil", "kota-pangkalpinang/dukcapil", "kota-pekalongan/dukcapil"],
            Found("dukcapil"));
        Assert.Equal(hits[1].Score, hits[3].Score);
    }

    [Fact]
    public void ConcurrentQueriesGiveTheSameResultsAsOneAtATime()
    {
        string[] queries = ["dukcapil", "imig", "e ktp", "Badan Keuangan Daerah", "polisi", "paspor"];
        var expected = queries.Select(Found).ToArray();

        var concurrent = new string[200][];
        Parallel.For(0, concurrent.Length, i => concurrent[i] = Found(queries[i % queries.Length]));

        Assert.All(Enumerable.Range(0, concurrent.Length), i => Assert.Equal(expected[i % queries.Length], concurrent[i]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("?!")]
    public void BlankQueryFindsNothing(string query) => Assert.Empty(Search.Counters(query));
}
