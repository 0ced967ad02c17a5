using MppDirectory.Domain.Regions;

namespace MppDirectory.Domain.Tests;

public sealed class IndonesianTimeZoneTests
{
    [Theory]
    [InlineData("11.74", "Asia/Jakarta", 7)]
    [InlineData("33.75.01.1003", "Asia/Jakarta", 7)]
    [InlineData("61.71", "Asia/Pontianak", 7)]
    [InlineData("62", "Asia/Pontianak", 7)]
    [InlineData("63.72", "Asia/Makassar", 8)]
    [InlineData("51.71", "Asia/Makassar", 8)]
    [InlineData("76", "Asia/Makassar", 8)]
    [InlineData("81.71", "Asia/Jayapura", 9)]
    [InlineData("97", "Asia/Jayapura", 9)]
    public void ZoneFollowsTheProvince(string code, string iana, int offset)
    {
        var zone = IndonesianTimeZone.OfRegion(code);

        Assert.Equal(iana, zone.IanaId);
        Assert.Equal(offset, zone.UtcOffsetHours);
        Assert.Equal(TimeSpan.FromHours(offset), zone.TimeZone.BaseUtcOffset);
    }

    [Fact]
    public void UnknownProvinceIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianTimeZone.OfRegion("40"));
}
