using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MppDirectory.Storage;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Seeding;

namespace MppDirectory.Cli;

internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folderIndex = Array.IndexOf(args, "--seed-folder");
        var folder = folderIndex >= 0 && folderIndex + 1 < args.Length ? args[folderIndex + 1] : SeedFolder.FindDefault();

        var builder = Host.CreateApplicationBuilder(folderIndex < 0 ? args : args.Where((_, i) => i != folderIndex && i != folderIndex + 1).ToArray());
        builder.Services.AddDirectoryStorage(builder.Configuration);
        using var host = builder.Build();

        var data = SeedFolder.Load(folder);
        var result = await host.Services.GetRequiredService<DirectoryStore>().SyncAsync(data);
        Console.WriteLine(
            $"seeded {data.Mpps.Count} MPPs from {folder}: {result.Added} added, {result.Replaced} replaced, " +
            $"{result.Deleted} deleted, {result.Unchanged} unchanged; data version {result.Version}");

        // Every data version gets a dataset version, made once here rather than on each download.
        await DatasetCommand.PublishAsync(host.Services, data);
        return 0;
    }
}
