using System.Text.Json;
using MppDirectory.Domain;

namespace MppDirectory.Benchmarks;

/// <summary>Writes a directory in the data/seed format, so that `npm start -- --seed-folder DIR` can serve it.</summary>
internal static class SeedFolderWriter
{
    public static void Write(DirectoryData data, string seedFolder, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "mpps"));
        foreach (var mpp in data.Mpps)
        {
            Write(Path.Combine(folder, "mpps", mpp.Id + ".json"), mpp);
        }

        Write(Path.Combine(folder, "agency-kinds.json"), data.AgencyKinds);
        Write(Path.Combine(folder, "services.json"), data.Services);
        Write(Path.Combine(folder, "sources.json"), data.Sources);
        Write(Path.Combine(folder, "holidays.json"), data.Holidays);
        File.Copy(Path.Combine(seedFolder, "regions.csv"), Path.Combine(folder, "regions.csv"), overwrite: true);
    }

    private static void Write<T>(string path, T value) => File.WriteAllText(path, JsonSerializer.Serialize(value, DirectoryJson.Options));
}
