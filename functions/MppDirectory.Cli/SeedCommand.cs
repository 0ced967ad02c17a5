using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MppDirectory.Domain;
using MppDirectory.Storage;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Seeding;

namespace MppDirectory.Cli;

internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var force = args.Contains("--force");
        args = [.. args.Where(a => a != "--force")];
        var folderIndex = Array.IndexOf(args, "--seed-folder");
        var folder = folderIndex >= 0 && folderIndex + 1 < args.Length ? args[folderIndex + 1] : SeedFolder.FindDefault();

        var builder = Host.CreateApplicationBuilder(folderIndex < 0 ? args : args.Where((_, i) => i != folderIndex && i != folderIndex + 1).ToArray());
        builder.Services.AddDirectoryStorage(builder.Configuration);
        using var host = builder.Build();

        var data = SeedFolder.Load(folder);
        var store = host.Services.GetRequiredService<DirectoryStore>();
        if (!await StewardsChangesKeptAsync(store, host.Services.GetRequiredService<AuditedWrites>(), data, force))
        {
            return 2;
        }

        var result = await store.SyncAsync(data);
        Console.WriteLine(
            $"seeded {data.Mpps.Count} MPPs from {folder}: {result.Added} added, {result.Replaced} replaced, " +
            $"{result.Deleted} deleted, {result.Unchanged} unchanged; data version {result.Version}");

        // Every data version gets a dataset version, made once here rather than on each download.
        await DatasetCommand.PublishAsync(host.Services, data);
        return 0;
    }

    /// <summary>
    /// The seed fills a store and keeps it equal to the seed files until stewards change it. After
    /// that, a seed that differs from what is stored would undo their changes: it is refused, naming
    /// the MPPs that differ, unless forced; a forced seed is recorded in the change feed.
    /// </summary>
    private static async Task<bool> StewardsChangesKeptAsync(DirectoryStore store, AuditedWrites writes, DirectoryData seed, bool force)
    {
        var lastChange = await writes.LastChangeAsync();
        if (lastChange == 0)
        {
            return true;
        }

        var stored = await store.LoadAsync();
        var storedVersion = DirectoryFingerprint.Of(stored);
        var seedVersion = DirectoryFingerprint.Of(seed);
        if (storedVersion == seedVersion)
        {
            return true;
        }

        var differing = Differing(seed.Mpps, stored.Mpps, m => m.Id);
        var differingSources = Differing(seed.Sources, stored.Sources, s => s.Id); // stewards may register sources the seed lacks
        if (!force)
        {
            var named = differing.Concat(differingSources.Select(id => "source " + id)).ToList();
            Console.Error.WriteLine(
                $"mppdir: the stored directory holds stewards' changes (up to change {lastChange}) and differs from the seed " +
                $"in {(named.Count == 0 ? "its reference lists" : string.Join(", ", named.Take(10)) + (named.Count > 10 ? $" and {named.Count - 10} more" : ""))}; " +
                "seeding would undo them. Nothing was written. Rerun with --force to replace the stored directory with the seed (recorded in the change feed).");
            return false;
        }

        await writes.AppendAsync(new ChangeRecord(
            0, DateTimeOffset.UtcNow,
            CliActor.Current(),
            "reseed", "directory",
            new Dictionary<string, JsonElement>
            {
                ["dataVersion"] = AuditedWrites.Json(storedVersion),
                ["mpps"] = AuditedWrites.Json(differing),
                ["sources"] = AuditedWrites.Json(differingSources),
            },
            new Dictionary<string, JsonElement> { ["dataVersion"] = AuditedWrites.Json(seedVersion) },
            [],
            "mppdir seed --force"));
        return true;
    }

    /// <summary>Ids of the records the seed has otherwise or lacks, then of those only the store has.</summary>
    private static List<string> Differing<T>(IReadOnlyList<T> seed, IReadOnlyList<T> stored, Func<T, string> id)
    {
        var storedById = stored.ToDictionary(id, StringComparer.Ordinal);
        return
        [
            .. seed.Where(r => !storedById.TryGetValue(id(r), out var kept) || JsonSerializer.Serialize(kept, DirectoryJson.Options.TypeInfo<T>()) != JsonSerializer.Serialize(r, DirectoryJson.Options.TypeInfo<T>())).Select(id),
            .. stored.Select(id).Except(seed.Select(id), StringComparer.Ordinal),
        ];
    }
}
