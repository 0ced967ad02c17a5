using MppDirectory.Domain;
using MppDirectory.Storage.Seeding;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

/// <summary>The repository's seed dataset, read once.</summary>
internal static class Seed
{
    private static readonly Lazy<DirectoryData> Loaded = new(() => SeedFolder.Load(RepositoryPaths.Combine("data", "seed")));

    public static DirectoryData Data => Loaded.Value;
}
