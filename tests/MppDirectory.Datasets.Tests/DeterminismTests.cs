using System.IO.Compression;

namespace MppDirectory.Datasets.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void SameDataAndReleaseGiveByteIdenticalFiles()
    {
        var first = TestData.Build(TestData.Fixtures);
        var second = TestData.Build(TestData.Fixtures with { Mpps = [.. TestData.Fixtures.Mpps.Reverse()] });

        Assert.Equal(first.Files.Select(f => f.Name), second.Files.Select(f => f.Name));
        foreach (var (a, b) in first.Files.Zip(second.Files))
        {
            Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Name} differs between two builds");
        }
    }

    [Fact]
    public void ZipHoldsEveryFileWithTheVersionsTimestamp()
    {
        using var zip = new ZipArchive(new MemoryStream(TestData.SeedVersion.File(DatasetLayout.Zip).Bytes));

        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("datapackage.json", names);
        Assert.Contains("mpps.spreadsheet.csv", names);
        Assert.Contains("hsds/datapackage.json", names);
        Assert.Contains("hsds/service_at_location.csv", names);
        Assert.DoesNotContain(DatasetLayout.Zip, names);
        // Zip (DOS) times count in two-second steps.
        Assert.All(zip.Entries, e => Assert.InRange((TestData.Created.UtcDateTime - e.LastWriteTime.DateTime).TotalSeconds, 0, 1.999));
        using var reader = new StreamReader(zip.GetEntry("mpps.csv")!.Open());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(TestData.SeedVersion.File("mpps.csv").Bytes), reader.ReadToEnd());
    }
}
