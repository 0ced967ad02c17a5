using MppDirectory.Domain.Records;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Seeding;

/// <summary>Data honesty: every fact in the seed traces to a sentence of a source article.</summary>
public sealed class SeedDatasetTests
{
    private static readonly IReadOnlyDictionary<string, string> ArticleText = TestSeed.Data.Sources.ToDictionary(
        s => s.Id,
        s => File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "seeds", s.File ?? throw new InvalidDataException($"Seed source {s.Id} names no article file."))));

    public static TheoryData<string> MppIds => [.. TestSeed.Data.Mpps.Select(m => m.Id)];

    [Fact]
    public void EveryArticleIsASource()
    {
        var articles = Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "seeds"), "*.txt").Select(Path.GetFileName);

        Assert.Equal(articles.Order(), TestSeed.Data.Sources.Select(s => s.File).Order());
    }

    [Fact]
    public void TwoArticlesOnPekalonganMakeOneRecordWithTwoSources()
    {
        var pekalongan = Assert.Single(TestSeed.Data.Mpps, m => m.RegionCodes.Regency == "33.75");

        Assert.Equal(["suarabaru-2023-08-18", "tribunchannel-2024-09-20"], pekalongan.AllCitations().Select(c => c.Source).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(MppIds))]
    public void EveryQuoteStandsVerbatimInItsArticle(string id)
    {
        foreach (var citation in TestSeed.Data.Mpps.Single(m => m.Id == id).AllCitations())
        {
            Assert.True(ArticleText.TryGetValue(citation.Source, out var text), $"unknown source {citation.Source}");
            Assert.Contains(citation.Quote, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(MppIds))]
    public void EveryStatedFieldIsSupportedByACitation(string id)
    {
        var mpp = TestSeed.Data.Mpps.Single(m => m.Id == id);
        var supported = mpp.Citations.SelectMany(c => c.Supports ?? []).ToHashSet();
        var stated = new Dictionary<string, object?>
        {
            ["name"] = mpp.Name,
            ["regency_code"] = mpp.RegionCodes.Regency,
            ["district_code"] = mpp.RegionCodes.District,
            ["village_code"] = mpp.RegionCodes.Village,
            ["address"] = mpp.Address,
            ["venue"] = mpp.Venue,
            ["floors"] = mpp.Floors,
        };

        foreach (var (field, value) in stated.Where(f => f.Value is not null))
        {
            Assert.True(supported.Contains(field), $"{id}.{field} has no citation");
        }

        // A journalist finds what a sentence supports under the same name in mpps.csv.
        var columns = MppDirectory.Datasets.Tables.DirectoryTableSet.From(TestSeed.Data).Single(t => t.Name == "mpps").Fields.Select(f => f.Name).ToList();
        Assert.All(supported, field => Assert.Contains(field, columns));

        Assert.Null(mpp.Coordinates); // no source states coordinates
        Assert.All(mpp.Milestones, m => Assert.NotEmpty(m.Citations));
        Assert.All(mpp.Counters, c => Assert.NotEmpty(c.Citations));
        Assert.All(mpp.Notes, n => Assert.NotEmpty(n.Citations));
    }

    [Theory]
    [MemberData(nameof(MppIds))]
    public void DatedValuesQuoteTheirTextAndAreWellFormed(string id)
    {
        var mpp = TestSeed.Data.Mpps.Single(m => m.Id == id);
        var dates = mpp.Milestones.Select(m => m.Date).Concat(mpp.Observations.Select(o => o.ObservedOn));

        foreach (var date in dates)
        {
            var expectedLength = date.Precision switch
            {
                DatePrecision.Day => 10,
                DatePrecision.Month => 7,
                DatePrecision.Year => 4,
                _ => 0,
            };
            Assert.Equal(expectedLength, date.Value?.Length ?? 0);
            Assert.False(string.IsNullOrWhiteSpace(date.Text));
        }
    }

    [Fact]
    public void ReferencesResolve()
    {
        var data = TestSeed.Data;
        var kinds = data.AgencyKinds.Select(k => k.Id).ToHashSet();
        var services = data.Services.Select(s => s.Id).ToHashSet();
        var regions = data.Regions.Select(r => r.Code).ToHashSet();

        foreach (var mpp in data.Mpps)
        {
            Assert.All(mpp.Counters, c => Assert.Contains(c.AgencyKind, kinds));
            Assert.All(mpp.Counters.SelectMany(c => c.Services).Concat(mpp.StatedServices.Services), s => Assert.Contains(s, services));
            Assert.All(
                new[] { mpp.RegionCodes.Province, mpp.RegionCodes.Regency, mpp.RegionCodes.District, mpp.RegionCodes.Village }.OfType<string>(),
                code => Assert.Contains(code, regions));
            Assert.StartsWith(mpp.RegionCodes.Province + ".", mpp.RegionCodes.Regency, StringComparison.Ordinal);
            Assert.Equal(mpp.Counters.Count, mpp.Counters.Select(c => c.Id).Distinct().Count());
        }

        Assert.All(data.AgencyKinds.SelectMany(k => k.Services), s => Assert.Contains(s, services));
    }

    [Fact]
    public void RegionsMatchIdnAreaData()
    {
        var package = Path.Combine(RepositoryPaths.Root, "node_modules", "idn-area-data", "data");
        var names = new[] { "provinces.csv", "regencies.csv", "districts.csv", "villages.csv" }
            .SelectMany(file => File.ReadLines(Path.Combine(package, file)).Skip(1))
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => cells[^1]);

        Assert.Equal(514, TestSeed.Data.Regions.Count(r => r.Level == RegionLevel.Regency));
        Assert.All(TestSeed.Data.Regions, r => Assert.Equal(names[r.Code], r.Name));
    }
}
