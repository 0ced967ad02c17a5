using System.Text.Json;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Storage.Records;

namespace MppDirectory.Storage.Seeding;

/// <summary>
/// Reads the readable seed dataset (data/seed): one JSON file per MPP, the reference lists beside
/// them, and the region codes extracted from idn-area-data.
/// </summary>
public static class SeedFolder
{
    public static DirectoryData Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Seed folder not found: {folder}");
        }

        var mpps = Directory.GetFiles(Path.Combine(folder, "mpps"), "*.json")
            .Select(ReadJson<Mpp>)
            .ToList();

        return DirectoryFingerprint.Canonical(new DirectoryData(
            mpps,
            ReadJson<List<AgencyKind>>(Path.Combine(folder, "agency-kinds.json")),
            ReadJson<List<Service>>(Path.Combine(folder, "services.json")),
            ReadJson<List<Source>>(Path.Combine(folder, "sources.json")),
            RegionCsv.Read(Path.Combine(folder, "regions.csv")),
            ReadJson<HolidayCalendar>(Path.Combine(folder, "holidays.json"))));
    }

    /// <summary>The seed folder of the repository this program runs from, found by walking up.</summary>
    public static string FindDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "seed");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No data/seed folder above " + AppContext.BaseDirectory);
    }

    private static T ReadJson<T>(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize(stream, StorageJson.Options.TypeInfo<T>())
                ?? throw new InvalidDataException($"{path} holds null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }
}
