using System.Text.Json;
using MppDirectory.Storage.Seeding;
using MppDirectory.Datasets;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Testing;

namespace MppDirectory.Datasets.Tests;

/// <summary>The seed dataset, the API tests' fixture MPPs (with hours and exceptions), and builds of them.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Created = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly Lazy<DirectoryData> LoadedSeed = new(() => SeedFolder.Load(RepositoryPaths.Combine("data", "seed")));
    private static readonly Lazy<DirectoryData> LoadedFixtures = new(LoadFixtures);
    private static readonly Lazy<DatasetBuild> SeedBuild = new(() => Build(Seed));
    private static readonly Lazy<DatasetBuild> FixtureBuild = new(() => Build(Fixtures));

    public static DirectoryData Seed => LoadedSeed.Value;

    /// <summary>Invented MPPs with weekly hours, counter hours and a closure, beside the real reference lists.</summary>
    public static DirectoryData Fixtures => LoadedFixtures.Value;

    public static DatasetBuild SeedVersion => SeedBuild.Value;

    public static DatasetBuild FixtureVersion => FixtureBuild.Value;

    public static TheoryData<string> Builds => new() { "seed", "fixtures" };

    public static DatasetBuild ByName(string name) => name == "seed" ? SeedVersion : FixtureVersion;

    public static DatasetBuild Build(DirectoryData data) => DatasetBuilder.BuildStandalone(data, "1.0.0", Created);

    public static Mpp SeedMpp(string id) => Seed.Mpps.Single(m => m.Id == id);

    private static DirectoryData LoadFixtures()
    {
        var folder = RepositoryPaths.Combine("tests", "MppDirectory.Api.Tests", "Fixtures");
        return Seed with
        {
            Mpps = [.. Directory.GetFiles(Path.Combine(folder, "mpps"), "*.json").Select(Read<Mpp>)],
            Sources = Read<List<Source>>(Path.Combine(folder, "sources.json")),
            Holidays = Read<HolidayCalendar>(Path.Combine(folder, "holidays.json")),
        };
    }

    private static T Read<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllText(path), DirectoryJson.Options)!;
}
