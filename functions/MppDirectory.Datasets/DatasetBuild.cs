namespace MppDirectory.Datasets;

/// <summary>A built version: its downloadable files in a fixed order, the HSDS tabular package's files, and its manifest.</summary>
public sealed record DatasetBuild(DatasetRelease Release, IReadOnlyList<DatasetFile> Files, IReadOnlyList<DatasetFile> HsdsPackage, DatasetManifest Manifest)
{
    public DatasetFile File(string name) => Files.Single(f => f.Name == name);
}
