using MppDirectory.Api.Http.Links;
using MppDirectory.Datasets;
using MppDirectory.Datasets.Versioning;

namespace MppDirectory.Api.Http.Datasets;

/// <summary>A dataset version as the API shows it: the stored manifest with a download URL per file.</summary>
public sealed record DatasetVersionView(
    string Version,
    DateTimeOffset Created,
    string DataVersion,
    IReadOnlyList<TableRows> Tables,
    IReadOnlyList<DatasetFileView> Files,
    DatasetChanges Changes,
    DatasetLinks Links);

/// <param name="Sha256">Hex SHA-256 of the file, also its ETag.</param>
public sealed record DatasetFileView(string Name, string MediaType, long Bytes, string Sha256, PublicLink Url);

/// <param name="Zip">Every file of the version in one zip.</param>
/// <param name="DataPackage">The Frictionless Data Package descriptor.</param>
public sealed record DatasetLinks(PublicLink Self, PublicLink Zip, PublicLink DataPackage);

public static class DatasetMapping
{
    public static DatasetVersionView AsView(this DatasetManifest manifest) => new(
        manifest.Version,
        manifest.Created,
        manifest.DataVersion,
        manifest.Tables,
        [.. manifest.Files.Select(f => new DatasetFileView(f.Name, f.MediaType, f.Bytes, f.Sha256, DatasetsApi.FileUrl(manifest.Version, f.Name)))],
        manifest.Changes,
        new DatasetLinks(
            DatasetsApi.VersionUrl(manifest.Version),
            DatasetsApi.FileUrl(manifest.Version, DatasetLayout.Zip),
            DatasetsApi.FileUrl(manifest.Version, MppDirectory.Datasets.Package.DataPackageWriter.FileName)));
}
