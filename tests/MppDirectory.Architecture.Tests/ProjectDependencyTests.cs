using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace MppDirectory.Architecture.Tests;

/// <summary>
/// The projects depend one way: Domain ← Datasets ← Storage ← Api and Cli. A project's types are matched by
/// assembly and by namespace, so a type of ours put in another project's namespace counts as that project's.
/// </summary>
public sealed class ProjectDependencyTests
{
    [Fact]
    public void TheDomainDependsOnNothingOfOurs() =>
        Types().That().ResideInAssembly(OurCode.Domain).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(OurCode.Datasets, OurCode.Storage, OurCode.Api, OurCode.Cli)
                .Or().ResideInNamespaceMatching(Outside("Domain")).As("types of ours outside MppDirectory.Domain"))
            .Because("the domain knows nothing of files, storage, HTTP or the command line")
            .Check(OurCode.Architecture);

    [Fact]
    public void DatasetsDependOnNeitherStorageNorTheApiNorTheCli() =>
        Types().That().ResideInAssembly(OurCode.Datasets).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(OurCode.Storage, OurCode.Api, OurCode.Cli)
                .Or().ResideInNamespaceMatching(Within("Storage", "Api", "Cli")).As("types of Storage, Api or Cli"))
            .Because("storage publishes the dataset files (Storage uses Datasets), never the other way")
            .Check(OurCode.Architecture);

    [Fact]
    public void StorageDependsOnNeitherTheApiNorTheCli() =>
        Types().That().ResideInAssembly(OurCode.Storage).Should()
            .NotDependOnAny(Types().That().ResideInAssembly(OurCode.Api, OurCode.Cli)
                .Or().ResideInNamespaceMatching(Within("Api", "Cli")).As("types of Api or Cli"))
            .Because("the API and the CLI are two front ends over storage")
            .Check(OurCode.Architecture);

    /// <summary>Namespaces MppDirectory.X and below, for each X given.</summary>
    private static string Within(params string[] projects) => $@"^MppDirectory\.({string.Join('|', projects)})(\.|$)";

    /// <summary>Namespaces MppDirectory.* other than MppDirectory.X and below.</summary>
    private static string Outside(string project) => $@"^MppDirectory\.(?!{project}(\.|$))";
}
