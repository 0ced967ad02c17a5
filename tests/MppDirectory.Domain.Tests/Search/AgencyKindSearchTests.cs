using MppDirectory.Domain.Search;

namespace MppDirectory.Domain.Tests.Search;

public sealed class AgencyKindSearchTests
{
    private static readonly DirectorySearch Search = new(SearchFixture.Directory);

    private static string? Best(string query) => Search.AgencyKinds(query) is [var best, ..] ? best.Item.Id : null;

    [Theory]
    [InlineData("BPKD", "bpkd")]
    [InlineData("Badan Keuangan Daerah", "bpkd")]
    [InlineData("Dinas Dukcapil", "dukcapil")]
    [InlineData("kanim", "imigrasi")]
    [InlineData("imig", "imigrasi")]
    public void NamesAcronymsSynonymsAndPrefixesFindTheKind(string query, string kind) => Assert.Equal(kind, Best(query));

    [Theory]
    [InlineData("paspor", "imigrasi")]
    [InlineData("surat izin mengemudi", "polres")]
    [InlineData("akte kelahiran", "dukcapil")]
    public void ServicesAndTheirKeywordsFindTheKind(string query, string kind) => Assert.Equal(kind, Best(query));

    [Fact]
    public void ExactAcronymScoresAboveTheSameWordInsideAName()
    {
        var hits = new DirectorySearch(SearchFixture.Directory with
        {
            AgencyKinds = [.. SearchFixture.Directory.AgencyKinds, SearchFixture.Polres with { Id = "polres-kota", OfficialName = "Polres Kota", Acronyms = [] }],
        }).AgencyKinds("polres");

        Assert.Equal(["polres", "polres-kota"], hits.Select(hit => hit.Item.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }
}
