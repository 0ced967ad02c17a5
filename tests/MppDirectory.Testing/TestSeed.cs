using System.Text.Json;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Storage.Seeding;

namespace MppDirectory.Testing;

/// <summary>
/// The directories the tests run on, each read once per test assembly: the repository's seed dataset, read by
/// <see cref="SeedFolder"/> as <c>mppdir seed</c> reads it, and the invented test fixtures beside it.
/// </summary>
public static class TestSeed
{
    private static readonly Lazy<DirectoryData> LoadedSeed = new(() => SeedFolder.Load(RepositoryPaths.Combine("data", "seed")));
    private static readonly Lazy<DirectoryData> LoadedFixtures = new(LoadFixtures);

    /// <summary>The seed dataset, <c>data/seed</c>.</summary>
    public static DirectoryData Data => LoadedSeed.Value;

    /// <summary>
    /// Invented MPPs with weekly hours in WIB, WITA and WIT, counter hours, a closure and a holiday calendar
    /// (<c>tests/MppDirectory.Api.Tests/Fixtures</c>), beside the seed's agency kinds, services and regions.
    /// </summary>
    public static DirectoryData Fixtures => LoadedFixtures.Value;

    private static DirectoryData LoadFixtures()
    {
        var folder = RepositoryPaths.Combine("tests", "MppDirectory.Api.Tests", "Fixtures");
        return Data with
        {
            Mpps = [.. Directory.GetFiles(Path.Combine(folder, "mpps"), "*.json").Select(Read<Mpp>)],
            Sources = Read<List<Source>>(Path.Combine(folder, "sources.json")),
            Holidays = Read<HolidayCalendar>(Path.Combine(folder, "holidays.json")),
        };
    }

    private static T Read<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllText(path), DirectoryJson.Options)!;
}
