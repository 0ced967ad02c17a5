using System.Reflection;
using ArchUnitNET.Loader;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace MppDirectory.Architecture.Tests;

/// <summary>
/// Our assemblies as compiled, loaded once. The rules read their IL, so every use counts: a <c>using</c>
/// directive, a fully qualified name and a partial one (<c>Hosting.ReadEdition</c> from inside
/// <c>MppDirectory.Api</c>) alike. A constant is the exception: the compiler copies its value, so the IL
/// does not name where it came from.
/// </summary>
internal static class OurCode
{
    public static readonly Assembly Domain = typeof(MppDirectory.Domain.DirectoryData).Assembly;

    public static readonly Assembly Datasets = typeof(MppDirectory.Datasets.DatasetLayout).Assembly;

    public static readonly Assembly Storage = typeof(MppDirectory.Storage.StorageServices).Assembly;

    public static readonly Assembly Api = typeof(MppDirectory.Api.Hosting.DirectoryApp).Assembly;

    // The CLI is an executable whose types are internal: loaded by its assembly name (mppdir).
    public static readonly Assembly Cli = Assembly.Load("mppdir");

    public static readonly ArchitectureModel Architecture =
        new ArchLoader().LoadAssemblies(Domain, Datasets, Storage, Api, Cli).Build();
}
