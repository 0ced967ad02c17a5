namespace MppDirectory.Testing;

/// <summary>
/// The test tiers, as xunit traits. A test that runs another program (a <c>dotnet publish</c>, <c>tsc</c>, the Bicep CLI,
/// a node script, the CLI, a packaged app) is marked <c>[Trait(TestCategory.Name, TestCategory.Slow)]</c>; the quick
/// loop leaves those out (<c>dotnet test MppDirectory.sln --filter "Category!=Slow"</c>) and <c>npm test</c> runs them all.
/// The shared Azurite is not another program in this sense: nearly every storage test needs it.
/// </summary>
public static class TestCategory
{
    public const string Name = "Category";

    public const string Slow = "Slow";
}
