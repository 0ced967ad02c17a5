using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Testing;

namespace MppDirectory.Datasets.Tests;

/// <summary>The seed dataset, the API tests' fixture MPPs (with hours and exceptions), and builds of them.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Created = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly Lazy<DatasetBuild> SeedBuild = new(() => Build(Seed));
    private static readonly Lazy<DatasetBuild> FixtureBuild = new(() => Build(Fixtures));

    public static DirectoryData Seed => TestSeed.Data;

    /// <summary>Invented MPPs with weekly hours, counter hours and a closure, beside the real reference lists.</summary>
    public static DirectoryData Fixtures => TestSeed.Fixtures;

    public static DatasetBuild SeedVersion => SeedBuild.Value;

    public static DatasetBuild FixtureVersion => FixtureBuild.Value;

    public static TheoryData<string> Builds => new() { "seed", "fixtures" };

    public static DatasetBuild ByName(string name) => name == "seed" ? SeedVersion : FixtureVersion;

    public static DatasetBuild Build(DirectoryData data) => DatasetBuilder.BuildStandalone(data, "1.0.0", Created);

    public static Mpp SeedMpp(string id) => Seed.Mpps.Single(m => m.Id == id);
}
