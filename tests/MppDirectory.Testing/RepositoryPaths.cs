namespace MppDirectory.Testing;

/// <summary>Locates the repository and the shared reference folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MppDirectory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MppDirectory.sln not found above " + AppContext.BaseDirectory);
    }
}
