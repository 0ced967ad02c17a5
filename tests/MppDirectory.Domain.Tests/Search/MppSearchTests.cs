using MppDirectory.Domain.Search;

namespace MppDirectory.Domain.Tests.Search;

public sealed class MppSearchTests
{
    private static readonly DirectorySearch Search = new(SearchFixture.Directory);

    private static string[] Found(string query) => [.. Search.Mpps(query).Select(hit => hit.Item.Id)];

    [Theory]
    [InlineData("Kota Pangkal Pinang", "Pangkalpinang")]
    [InlineData("Kota Pangkalpinang", "pangkal pinang")]
    [InlineData("Gerai e-KTP", "ektp")]
    [InlineData("Gerai ektp", "e-ktp")]
    [InlineData("Gerai E KTP", "EKTP")]
    public void SpacingVariantsMatchEachOther(string name, string query) =>
        Assert.Single(new DirectorySearch(SearchFixture.WithOneMppNamed(name)).Mpps(query));

    [Fact]
    public void RegionNamesFromRegionCodesFindMpps()
    {
        Assert.Equal(["kota-banjarbaru"], Found("Kalimantan Selatan"));
        Assert.Equal(["kota-pangkalpinang"], Found("Bangka Belitung"));
    }

    [Fact]
    public void OwnNameOutranksMatchOnlyThroughACounter() =>
        Assert.Equal(["kota-langsa", "kota-banjarbaru"], Found("langsa"));

    [Fact]
    public void VenueIsFoundWithoutItsAccent() => Assert.Equal(["kota-pangkalpinang"], Found("cafe"));

    [Fact]
    public void ServiceOfACounterAgencyKindFindsTheMpp() => Assert.Equal(["kota-langsa"], Found("paspor"));

    [Fact]
    public void StatedServiceKeywordFindsTheMpp() => Assert.Equal(["kota-pekalongan"], Found("NIB"));

    [Fact]
    public void AcronymOfACounterAgencyKindFindsEveryMppWithIt() =>
        Assert.Equal(4, Found("disdukcapil").Length);

    [Fact]
    public void EveryWordOfTheQueryMustMatch()
    {
        Assert.Equal(["kota-langsa"], Found("imigrasi langsa"));
        Assert.Empty(Found("imigrasi pekalongan"));
    }

    [Fact]
    public void AdjacentWordsRankAboveTheSameWordsApart()
    {
        var search = new DirectorySearch(SearchFixture.Directory with
        {
            Mpps =
            [
                SearchFixture.Mpp("apart", "Gedung Kota Lama Baru", new("99", "99.99", null, null), null, null, []),
                SearchFixture.Mpp("adjacent", "Gedung Kota Baru", new("99", "99.99", null, null), null, null, []),
            ],
        });

        Assert.Equal(["adjacent", "apart"], search.Mpps("kota baru").Select(hit => hit.Item.Id));
    }

    [Fact]
    public void BlankQueryFindsNothing() => Assert.Empty(Search.Mpps(" "));
}
