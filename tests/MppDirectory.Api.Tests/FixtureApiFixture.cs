using System.Text.Json;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests;

/// <summary>
/// The app over the test fixtures in Fixtures/: invented MPPs with hours in WIB, WITA and WIT and
/// a holiday calendar, beside the real agency kinds, services and regions.
/// </summary>
public sealed class FixtureApiFixture : ApiFixture
{
    private static readonly Lazy<DirectoryData> Fixtures = new(Load);

    public override DirectoryData Seed => Fixtures.Value;

    private static DirectoryData Load()
    {
        var folder = RepositoryPaths.Combine("tests", "MppDirectory.Api.Tests", "Fixtures");
        return TestSeed.Data with
        {
            Mpps = [.. Directory.GetFiles(Path.Combine(folder, "mpps"), "*.json").Select(Read<Mpp>)],
            Sources = Read<List<Source>>(Path.Combine(folder, "sources.json")),
            Holidays = Read<HolidayCalendar>(Path.Combine(folder, "holidays.json")),
        };
    }

    private static T Read<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllText(path), DirectoryJson.Options)!;
}
