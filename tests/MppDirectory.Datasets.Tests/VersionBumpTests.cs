using MppDirectory.Datasets.Tables;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Domain;

namespace MppDirectory.Datasets.Tests;

public sealed class VersionBumpTests
{
    private static readonly IReadOnlyList<TableSnapshot> Before = DatasetSnapshot.Of(DirectoryTableSet.From(TestData.Seed));

    [Fact]
    public void FirstVersionIsOnePointZero()
    {
        var changes = DatasetChanges.Between(null, null, Before);

        Assert.Equal(VersionBump.Initial, changes.Bump);
        Assert.Equal("1.0.0", changes.NextVersion());
    }

    [Fact]
    public void NewRowsMakeAMinorVersion()
    {
        var withFixtures = TestData.Seed with { Mpps = [.. TestData.Seed.Mpps, .. TestData.Fixtures.Mpps], Sources = [.. TestData.Seed.Sources, .. TestData.Fixtures.Sources] };

        var changes = Compare(withFixtures);

        Assert.Equal(VersionBump.Minor, changes.Bump);
        Assert.Equal("1.3.0", changes.NextVersion());
        Assert.Equal(TestData.Fixtures.Mpps.Count, changes.Tables.Single(t => t.Table == "mpps").RowsAdded);
    }

    [Fact]
    public void CorrectedRowsMakeAPatchVersion()
    {
        var pekalongan = TestData.SeedMpp("kota-pekalongan");
        var corrected = Replace(pekalongan with { Address = pekalongan.Address + " (corrected)" });

        var changes = Compare(corrected);

        Assert.Equal(VersionBump.Patch, changes.Bump);
        Assert.Equal("1.2.4", changes.NextVersion());
        var mpps = changes.Tables.Single(t => t.Table == "mpps");
        Assert.Equal((0, 0, 1), (mpps.RowsAdded, mpps.RowsRemoved, mpps.RowsChanged));
    }

    [Fact]
    public void RemovedRowsAreACorrectionAndMakeAPatchVersion()
    {
        var changes = Compare(TestData.Seed with { Services = [.. TestData.Seed.Services.Where(s => s.Id != "keuangan-daerah")], AgencyKinds = [.. TestData.Seed.AgencyKinds.Select(k => k with { Services = [.. k.Services.Where(s => s != "keuangan-daerah")] })] });

        Assert.Equal(VersionBump.Patch, changes.Bump);
        Assert.Equal(1, changes.Tables.Single(t => t.Table == "services").RowsRemoved);
    }

    [Fact]
    public void RemovedOrRetypedColumnsMakeAMajorVersion()
    {
        var now = DatasetSnapshot.Of(DirectoryTableSet.From(TestData.Seed));
        var withoutColumn = Before.Select(t => t.Name == "mpps" ? t with { Fields = [.. t.Fields, ("retired", "string")] } : t).ToList();
        var retyped = Before.Select(t => t.Name == "mpps" ? t with { Fields = [.. t.Fields.Select(f => f.Name == "floors" ? (f.Name, "string") : f)] } : t).ToList();

        var removed = DatasetChanges.Between("1.2.3", withoutColumn, now);
        var changedType = DatasetChanges.Between("1.2.3", retyped, now);

        Assert.Equal(VersionBump.Major, removed.Bump);
        Assert.Equal("2.0.0", removed.NextVersion());
        Assert.Contains("column retired removed", removed.Tables.Single(t => t.Table == "mpps").Schema);
        Assert.Equal(VersionBump.Major, changedType.Bump);
    }

    [Fact]
    public void NewColumnsOrTablesMakeAMinorVersion()
    {
        var now = DatasetSnapshot.Of(DirectoryTableSet.From(TestData.Seed));
        var fewerColumns = Before.Select(t => t.Name == "mpps" ? t with { Fields = [.. t.Fields.Where(f => f.Name != "hours_note")] } : t).ToList();
        var fewerTables = Before.Where(t => t.Name != "holidays").ToList();

        Assert.Equal(VersionBump.Minor, DatasetChanges.Between("1.2.3", fewerColumns, now).Bump);
        Assert.Equal(VersionBump.Minor, DatasetChanges.Between("1.2.3", fewerTables, now).Bump);
    }

    [Fact]
    public void DataChangesNoTableShowsMakeAPatchVersion()
    {
        var changes = Compare(TestData.Seed);

        Assert.Equal(VersionBump.Patch, changes.Bump);
        Assert.All(changes.Tables, t => Assert.Equal(0, t.RowsAdded + t.RowsRemoved + t.RowsChanged));
    }

    [Theory]
    [InlineData("1.0.0", true)]
    [InlineData("10.20.300", true)]
    [InlineData("01.0.0", false)]
    [InlineData("1.0", false)]
    [InlineData("latest", false)]
    [InlineData("1.0.0-beta", false)]
    public void VersionsAreMajorMinorPatch(string text, bool valid) =>
        Assert.Equal(valid, SemanticVersion.TryParse(text, out _));

    private static DatasetChanges Compare(DirectoryData after) =>
        DatasetChanges.Between("1.2.3", Before, DatasetSnapshot.Of(DirectoryTableSet.From(after)));

    private static DirectoryData Replace(Domain.Records.Mpp mpp) =>
        TestData.Seed with { Mpps = [.. TestData.Seed.Mpps.Where(m => m.Id != mpp.Id), mpp] };
}
