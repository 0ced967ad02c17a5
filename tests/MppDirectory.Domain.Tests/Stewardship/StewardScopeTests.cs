using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Domain.Tests.Stewardship;

public sealed class StewardScopeTests
{
    private static readonly Mpp Pekalongan = new(
        "kota-pekalongan", "MPP Kota Pekalongan", new RegionCodes("33", "33.75", null, null), null, null, null, null, [], [], [],
        new StatedServices([], []), [], new HoursStatement(null, []), []);

    [Theory]
    [InlineData("national", true)]
    [InlineData("33", true)]
    [InlineData("33.75", true)]
    [InlineData("kota-pekalongan", true)]
    [InlineData("33.74", false)]
    [InlineData("11", false)]
    [InlineData("kota-langsa", false)]
    public void AnEntryCoversAnMppByIdProvinceRegencyOrTheWholeCountry(string entry, bool covers) =>
        Assert.Equal(covers, StewardScope.Of([entry]).Covers(Pekalongan));

    [Fact]
    public void AnEmptyScopeCoversNothing() => Assert.False(StewardScope.Of([]).Covers(Pekalongan));

    [Theory]
    [InlineData("")]
    [InlineData("99")]
    [InlineData("33.7")]
    [InlineData("Kota Pekalongan")]
    [InlineData("national|33")]
    public void ARegistryScopeNamesKnownPlacesOrNationalAlone(string entries) =>
        Assert.NotEmpty(StewardScope.Problems(entries.Split('|', StringSplitOptions.RemoveEmptyEntries), code => code is "33" or "33.75"));

    [Fact]
    public void KnownCodesMppIdsAndNationalAreAccepted()
    {
        Assert.Empty(StewardScope.Problems(["33", "33.75", "kota-langsa"], code => code is "33" or "33.75"));
        Assert.Empty(StewardScope.Problems(["national"], _ => false));
    }
}
