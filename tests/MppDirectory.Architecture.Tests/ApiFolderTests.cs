using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace MppDirectory.Architecture.Tests;

/// <summary>
/// Inside the API: Hosting composes the app (the editions, the pipeline, the route table) and so uses every
/// other folder; the folders it composes do not use it, and no two top-level folders use each other, through
/// however many others.
/// </summary>
public sealed class ApiFolderTests
{
    [Fact]
    public void HttpDoesNotDependOnHosting() =>
        ApiFolder("Http").Should().NotDependOnAny(ApiFolder("Hosting"))
            .Because("the endpoints are what Hosting composes, per edition (Hosting/Editions.cs)")
            .Check(OurCode.Architecture);

    [Fact]
    public void PagesDoNotDependOnHosting() =>
        ApiFolder("Pages").Should().NotDependOnAny(ApiFolder("Hosting"))
            .Because("the pages are what Hosting composes, per edition (Hosting/Editions.cs)")
            .Check(OurCode.Architecture);

    [Fact]
    public void TheApiAndThePagesDoNotDependOnTheConsole() =>
        ApiFolder("Http").Or().ResideInNamespaceOrBelow("MppDirectory.Api.Pages").Should().NotDependOnAny(ApiFolder("StewardConsole"))
            .Because("the console is a client of the write pipeline and the pages' design; the read edition, which has neither sign-in nor forms, must not pull it in")
            .Check(OurCode.Architecture);

    [Fact]
    public void TheApiTopLevelFoldersHaveNoCycles()
    {
        var graph = FolderGraph.Of(OurCode.Architecture, OurCode.Api, "MppDirectory.Api");
        Assert.Superset(new HashSet<string>(["Diagnostics", "Functions", "Hosting", "Http", "OpenApi", "Pages", "Publishing", "ReadModel", "StewardConsole"]), graph.Folders.ToHashSet());
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, "The API's top-level folders depend on each other in a cycle:\n" + string.Join("\n", cycles));
    }

    private static GivenTypesConjunctionWithDescription ApiFolder(string folder) =>
        Types().That().ResideInAssembly(OurCode.Api).And().ResideInNamespaceOrBelow("MppDirectory.Api." + folder)
            .As($"types of the API's {folder} folder (MppDirectory.Api.{folder} and below)");
}
