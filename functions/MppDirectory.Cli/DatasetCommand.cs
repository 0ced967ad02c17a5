using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MppDirectory.Datasets;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Storage;
using MppDirectory.Storage.Publishing;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Seeding;

namespace MppDirectory.Cli;

/// <summary><c>mppdir dataset publish</c> and <c>mppdir dataset write DIR</c>.</summary>
internal static class DatasetCommand
{
    /// <summary>Publishes a version of the stored directory if its data changed since the newest version.</summary>
    public static async Task<int> PublishAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddDirectoryStorage(builder.Configuration);
        using var host = builder.Build();

        var data = await host.Services.GetRequiredService<DirectoryStore>().LoadAsync();
        await PublishAsync(host.Services, data);
        return 0;
    }

    /// <summary>Publishes <paramref name="data"/> unless the newest version already holds it; prints what it did.</summary>
    public static async Task PublishAsync(IServiceProvider services, Domain.DirectoryData data)
    {
        var publisher = new DatasetPublisher(services.GetRequiredService<DatasetStore>(), TimeProvider.System);
        var result = await publisher.PublishAsync(data, Print);
        Console.WriteLine(result.Created
            ? $"published dataset version {result.Manifest.Version} ({result.Manifest.Changes.Bump.ToString().ToLowerInvariant()}) with {result.Manifest.Files.Count} files"
            : $"dataset version {result.Manifest.Version} already holds data version {result.Manifest.DataVersion}; nothing published");
    }

    /// <summary>
    /// Writes every file of a version built from the seed folder into <paramref name="folder"/>, plus the
    /// HSDS tabular package unpacked in <c>hsds/</c>, without storage or the API.
    /// </summary>
    public static int Write(string folder, string[] args)
    {
        var seed = Option(args, "--seed-folder") ?? SeedFolder.FindDefault();
        var version = Option(args, "--version") ?? SemanticVersion.Initial.ToString();
        if (!SemanticVersion.TryParse(version, out _))
        {
            Console.Error.WriteLine($"--version must be MAJOR.MINOR.PATCH, not '{version}'");
            return 2;
        }

        var created = Option(args, "--created") is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : DateTimeOffset.UtcNow;
        created = new DateTimeOffset(created.UtcTicks - (created.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

        var build = DatasetBuilder.BuildStandalone(SeedFolder.Load(seed), version, created, Print);
        Directory.CreateDirectory(Path.Combine(folder, DatasetLayout.HsdsFolder));
        foreach (var file in build.Files)
        {
            File.WriteAllBytes(Path.Combine(folder, file.Name), file.Bytes);
        }

        foreach (var file in build.HsdsPackage)
        {
            File.WriteAllBytes(Path.Combine(folder, DatasetLayout.HsdsFolder, file.Name), file.Bytes);
        }

        Console.WriteLine($"wrote dataset version {version} ({build.Files.Count} files, {build.Files.Sum(f => f.Length):N0} bytes) to {folder}");
        return 0;
    }

    private static void Print(DatasetProgress progress) =>
        Console.WriteLine(progress.Rows is { } rows
            ? $"  {progress.Step,-22} {rows,6} rows  {progress.File,-40} {progress.Bytes,10:N0} B"
            : $"  {progress.Step,-22} {"",11}  {progress.File,-40} {progress.Bytes,10:N0} B");

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
