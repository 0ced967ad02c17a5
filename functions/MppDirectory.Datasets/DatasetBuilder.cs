using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Hsds;
using MppDirectory.Datasets.Package;
using MppDirectory.Datasets.Tables;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Domain;

namespace MppDirectory.Datasets;

/// <summary>
/// Turns the directory into every file of a version. The same data, release and changes give
/// byte-identical files: fixed column and row order, invariant formats, fixed zip timestamps.
/// </summary>
public static class DatasetBuilder
{
    public static DatasetBuild Build(
        DirectoryData data, IReadOnlyList<DataTable> tables, DatasetRelease release, DatasetChanges changes, Action<DatasetProgress>? progress = null)
    {
        var canonical = DirectoryFingerprint.Canonical(data);
        var tableFiles = new List<DatasetFile>();
        var csvByTable = new List<(DataTable Table, DatasetFile Csv)>();
        foreach (var table in tables)
        {
            var csv = new DatasetFile(DatasetLayout.CsvFile(table.Name), CsvTableWriter.MediaType, CsvTableWriter.Write(table));
            csvByTable.Add((table, csv));
            DatasetFile[] formats =
            [
                csv,
                new(DatasetLayout.SpreadsheetCsvFile(table.Name), CsvTableWriter.MediaType, CsvTableWriter.Write(table, CsvVariant.SpreadsheetSafe)),
                new(DatasetLayout.JsonFile(table.Name), JsonTableWriter.JsonMediaType, JsonTableWriter.Json(table)),
                new(DatasetLayout.NdjsonFile(table.Name), JsonTableWriter.NdjsonMediaType, JsonTableWriter.Ndjson(table)),
            ];
            foreach (var file in formats)
            {
                progress?.Invoke(new DatasetProgress(table.Name, file.Name, file.Length, table.Rows.Count));
            }

            tableFiles.AddRange(formats);
        }

        var geoJson = Made(progress, "geojson", new DatasetFile(DatasetLayout.GeoJson, GeoJsonWriter.MediaType, GeoJsonWriter.Write(canonical.Mpps)));
        var hsdsTables = HsdsExport.Tables(canonical);
        var hsdsJson = Made(progress, "hsds", new DatasetFile(DatasetLayout.HsdsJson, DescriptorJson.MediaType, HsdsJsonWriter.Write(hsdsTables)));
        var hsdsPackage = HsdsPackageWriter.Files(hsdsTables, release);
        var hsdsZip = Made(progress, "hsds", new DatasetFile(DatasetLayout.HsdsTabularZip, DeterministicZip.MediaType,
            DeterministicZip.Create(hsdsPackage.Select(f => (f.Name, f.Bytes)), release.Created)));
        var datapackage = Made(progress, "datapackage", new DatasetFile(DataPackageWriter.FileName, DescriptorJson.MediaType,
            DataPackageWriter.Write(release, csvByTable, geoJson, canonical.Sources)));
        var readme = Made(progress, "readme", new DatasetFile(DatasetLayout.Readme, ReadmeWriter.MediaType, ReadmeWriter.Write(release, tables, changes)));

        List<DatasetFile> contents = [datapackage, readme, .. tableFiles, geoJson, hsdsJson];
        var zip = Made(progress, "zip", new DatasetFile(DatasetLayout.Zip, DeterministicZip.MediaType, DeterministicZip.Create(
            contents.Select(f => (f.Name, f.Bytes)).Concat(hsdsPackage.Select(f => ($"{DatasetLayout.HsdsFolder}/{f.Name}", f.Bytes))),
            release.Created)));

        List<DatasetFile> files = [datapackage, readme, zip, .. tableFiles, geoJson, hsdsJson, hsdsZip];
        var manifest = new DatasetManifest(
            release.Version,
            release.Created,
            release.DataVersion,
            [.. tables.Select(t => new TableRows(t.Name, t.Rows.Count))],
            [.. files.Select(f => new DatasetFileEntry(f.Name, f.MediaType, f.Length, f.Sha256))],
            changes);
        return new DatasetBuild(release, files, hsdsPackage, manifest);
    }

    /// <summary>Builds the first version (1.0.0 unless told otherwise) without comparing to any previous one.</summary>
    public static DatasetBuild BuildStandalone(DirectoryData data, string version, DateTimeOffset created, Action<DatasetProgress>? progress = null)
    {
        var tables = DirectoryTableSet.From(data);
        var changes = DatasetChanges.Between(null, null, DatasetSnapshot.Of(tables));
        return Build(data, tables, new DatasetRelease(version, created, DirectoryFingerprint.Of(data)), changes, progress);
    }

    private static DatasetFile Made(Action<DatasetProgress>? progress, string step, DatasetFile file)
    {
        progress?.Invoke(new DatasetProgress(step, file.Name, file.Length));
        return file;
    }
}
