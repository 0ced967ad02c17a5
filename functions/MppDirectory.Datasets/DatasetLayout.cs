namespace MppDirectory.Datasets;

/// <summary>The file names of a version; every file is downloadable by this name and sits in the zip under it.</summary>
public static class DatasetLayout
{
    public const string Zip = "mpp-directory.zip";
    public const string Readme = "README.md";
    public const string GeoJson = "mpps.geojson";
    public const string HsdsJson = "hsds.json";
    public const string HsdsTabularZip = "hsds-tabular.zip";

    /// <summary>The folder of the HSDS tabular package inside <see cref="Zip"/> and in a written folder.</summary>
    public const string HsdsFolder = "hsds";

    public static string CsvFile(string table) => table + ".csv";

    public static string SpreadsheetCsvFile(string table) => table + ".spreadsheet.csv";

    public static string JsonFile(string table) => table + ".json";

    public static string NdjsonFile(string table) => table + ".ndjson";
}
