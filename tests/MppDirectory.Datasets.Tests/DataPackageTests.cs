using System.Security.Cryptography;
using System.Text.Json;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Tests;

public sealed class DataPackageTests
{
    [Theory]
    [MemberData(nameof(TestData.Builds), MemberType = typeof(TestData))]
    public void DescriptorBytesAndHashesMatchTheFiles(string build)
    {
        var version = TestData.ByName(build);
        using var descriptor = JsonDocument.Parse(version.File("datapackage.json").Bytes);

        var resources = descriptor.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(18, resources.Count);
        foreach (var resource in resources)
        {
            var file = version.File(resource.GetProperty("path").GetString()!);
            Assert.Equal(file.Length, resource.GetProperty("bytes").GetInt64());
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(file.Bytes)), resource.GetProperty("hash").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(TestData.Builds), MemberType = typeof(TestData))]
    public void EveryForeignKeyResolvesAndEveryPrimaryKeyIsUnique(string build)
    {
        var tables = DirectoryTableSet.From(build == "seed" ? TestData.Seed : TestData.Fixtures).ToDictionary(t => t.Name);
        var checkedKeys = 0;
        foreach (var table in tables.Values)
        {
            var keys = table.Rows.Select(r => string.Join('\u001f', table.PrimaryKey.Select(k => CellText.Format(r[table.IndexOf(k)])))).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());

            foreach (var foreignKey in table.ForeignKeys)
            {
                var target = tables[foreignKey.Table];
                var existing = target.Rows.Select(r => string.Join('\u001f', foreignKey.ReferencedFields.Select(f => CellText.Format(r[target.IndexOf(f)])))).ToHashSet();
                foreach (var row in table.Rows.Where(r => foreignKey.Fields.All(f => r[table.IndexOf(f)] is not null)))
                {
                    var value = string.Join('\u001f', foreignKey.Fields.Select(f => CellText.Format(row[table.IndexOf(f)])));
                    Assert.True(existing.Contains(value), $"{table.Name}.{string.Join(",", foreignKey.Fields)} = {value} has no row in {target.Name}");
                    checkedKeys++;
                }
            }
        }

        Assert.True(checkedKeys > 100, $"only {checkedKeys} foreign keys checked");
    }

    [Fact]
    public void DescriptorNamesVersionCreatedLicencesAndSources()
    {
        using var descriptor = JsonDocument.Parse(TestData.SeedVersion.File("datapackage.json").Bytes);
        var root = descriptor.RootElement;

        Assert.Equal("https://datapackage.org/profiles/2.0/datapackage.json", root.GetProperty("$schema").GetString());
        Assert.Equal("1.0.0", root.GetProperty("version").GetString());
        Assert.Equal("2025-01-02T03:04:05Z", root.GetProperty("created").GetString());
        Assert.Equal(["ODbL-1.0", "DbCL-1.0"], root.GetProperty("licenses").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), s => s.GetProperty("path").ToString().Contains("idn-area-data", StringComparison.Ordinal));
        var regions = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "regions");
        Assert.Equal("ODbL-1.0", regions.GetProperty("licenses")[0].GetProperty("name").GetString());
        var counters = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "counters").GetProperty("schema");
        Assert.Equal("counter_id", counters.GetProperty("primaryKey")[0].GetString());
        Assert.Contains(counters.GetProperty("foreignKeys").EnumerateArray(), k => k.GetProperty("reference").GetProperty("resource").GetString() == "agencies");
    }

    [Fact]
    public void GeoJsonIsAnEmptyCollectionWhileNoSourceGivesCoordinates()
    {
        using var geoJson = JsonDocument.Parse(TestData.SeedVersion.File("mpps.geojson").Bytes);

        Assert.Equal("FeatureCollection", geoJson.RootElement.GetProperty("type").GetString());
        Assert.Equal(0, geoJson.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void GeoJsonHasAPointWithLongitudeFirstForAnMppWithStatedCoordinates()
    {
        var pekalongan = TestData.SeedMpp("kota-pekalongan");
        var located = pekalongan with { Coordinates = new(-6.8886, 109.6753, pekalongan.Citations[0]) };

        using var geoJson = JsonDocument.Parse(GeoJsonWriter.Write([located, TestData.SeedMpp("kota-langsa")]));

        var feature = Assert.Single(geoJson.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([109.6753, -6.8886], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("kota-pekalongan", feature.GetProperty("properties").GetProperty("mpp_id").GetString());
    }
}
