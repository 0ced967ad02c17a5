using System.Globalization;
using System.Text;
using MppDirectory.Datasets.Tables;
using MppDirectory.Datasets.Versioning;

namespace MppDirectory.Datasets.Package;

/// <summary>The README.md of a version: what it is, how to cite it, its licences, and its files.</summary>
public static class ReadmeWriter
{
    public const string MediaType = "text/markdown; charset=utf-8";

    public static byte[] Write(DatasetRelease release, IReadOnlyList<DataTable> tables, DatasetChanges changes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {DatasetInfo.Title}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Version {release.Version}, created {release.CreatedText}, directory data version {release.DataVersion}.\n\n");
        text.Append(DatasetInfo.Description).Append("\n\n");
        text.Append("## How to cite\n\n");
        text.Append(CultureInfo.InvariantCulture, $"MPP Directory, dataset version {release.Version} ({release.CreatedText[..10]}), data version {release.DataVersion}. ");
        text.Append(CultureInfo.InvariantCulture, $"Open Database License 1.0. Files: /api/v1/datasets/{release.Version}.\n\n");
        text.Append("Cite the version: its files never change, so anyone can check your numbers against the same bytes ");
        text.Append("(datapackage.json lists each table's SHA-256).\n\n");
        text.Append("## Licences\n\n");
        foreach (var license in new[] { DatasetInfo.Odbl, DatasetInfo.Dbcl })
        {
            text.Append(CultureInfo.InvariantCulture, $"- {license.Name} ({license.Path}): {license.Title}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"- Region codes: {DatasetInfo.RegionCodes.Title} ({DatasetInfo.RegionCodes.Path}).\n");
        text.Append(CultureInfo.InvariantCulture, $"- hsds.json and hsds/: {DatasetInfo.CcBySa.Title}\n\n");
        text.Append("Articles, charts and other works made from the data need only the attribution above (ODbL \"Produced Works\"); ");
        text.Append("a changed or extended copy of the database itself must be shared under ODbL.\n\n");
        text.Append("## Files\n\n");
        text.Append("- `datapackage.json`: Frictionless Data Package (v2) with each table's schema, keys, size and hash.\n");
        text.Append("- `TABLE.csv`: RFC 4180 CSV, UTF-8 without BOM, CRLF; the canonical form.\n");
        text.Append("- `TABLE.spreadsheet.csv`: for Excel and other spreadsheets: starts with a UTF-8 BOM, and text cells that a spreadsheet ");
        text.Append("would run as a formula (starting with = + - @) or turn into a number or date (codes such as 33.75, months such as 2023-12) ");
        text.Append("start with an apostrophe ('). Use TABLE.csv for anything but opening in a spreadsheet.\n");
        text.Append("- `TABLE.json` (array of objects) and `TABLE.ndjson` (one object per line): typed values, null for empty.\n");
        text.Append("- `mpps.geojson`: MPPs whose coordinates a source states (none yet: no source states coordinates).\n");
        text.Append("- `hsds.json`, `hsds/`: Open Referral HSDS 3.0 export (JSON and tabular package).\n\n");
        text.Append("## Tables\n\n| table | rows | primary key | about |\n|---|---|---|---|\n");
        foreach (var table in tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {table.Name} | {table.Rows.Count} | {string.Join(", ", table.PrimaryKey)} | {table.Description.Replace("|", "/", StringComparison.Ordinal)} |\n");
        }

        text.Append("\n## Changes\n\n");
        text.Append(changes.PreviousVersion is null
            ? "The first version.\n"
            : $"Since {changes.PreviousVersion} ({changes.Bump.ToString().ToLowerInvariant()}): " +
              string.Join("; ", changes.Tables.Where(t => t.RowsAdded + t.RowsRemoved + t.RowsChanged + t.Schema.Count > 0)
                  .Select(t => $"{t.Table} +{t.RowsAdded} -{t.RowsRemoved} ~{t.RowsChanged}{(t.Schema.Count > 0 ? " (" + string.Join(", ", t.Schema) + ")" : "")}")
                  .DefaultIfEmpty("no table changed")) + ".\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
