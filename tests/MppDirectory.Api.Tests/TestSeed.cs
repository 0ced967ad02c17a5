using MppDirectory.Storage.Seeding;
using MppDirectory.Domain;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests;

/// <summary>The repository's seed dataset, read once.</summary>
internal static class TestSeed
{
    private static readonly Lazy<DirectoryData> Loaded = new(() => SeedFolder.Load(RepositoryPaths.Combine("data", "seed")));

    public static DirectoryData Data => Loaded.Value;
}
