using System.Text.Json.Nodes;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Package;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Hsds;

/// <summary>
/// The HSDS tabular data package: HSDS's CSV files (RFC 4180, HSDS's columns) and a datapackage.json
/// in the Frictionless v1 style HSDS 3.0 defines its own package in, with HSDS's resource names and paths.
/// </summary>
public static class HsdsPackageWriter
{
    public static IReadOnlyList<DatasetFile> Files(IReadOnlyList<DataTable> hsds, DatasetRelease release)
    {
        var csv = hsds.Select(t => new DatasetFile(HsdsResources.All.Single(r => r.Name == t.Name).Path, CsvTableWriter.MediaType, CsvTableWriter.Write(t))).ToList();
        var descriptor = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = DatasetInfo.Name + "-hsds",
            ["id"] = "urn:uuid:" + NameBasedUuid.Of($"dataset/{release.Version}/hsds"),
            ["title"] = DatasetInfo.Title + ", as Open Referral HSDS 3.0",
            ["description"] =
                "The MPP Directory in the Human Services Data Specification 3.0 tabular format: agency kinds as organizations, " +
                "the service types each provides as services, MPPs as locations, serving counters as service_at_location, stated hours as schedules. " +
                "Table and field definitions follow HSDS 3.0 (Human Services Data Specification: an Open Referral resource, https://openreferral.org/, CC BY-SA 4.0).",
            ["version"] = release.Version,
            ["created"] = release.CreatedText,
            ["licenses"] = DescriptorJson.Array([
                DataPackageWriter.License(DatasetInfo.Odbl), DataPackageWriter.License(DatasetInfo.Dbcl), DataPackageWriter.License(DatasetInfo.CcBySa)]),
            ["sources"] = DescriptorJson.Array([DataPackageWriter.SourceNode(DatasetInfo.Hsds), DataPackageWriter.SourceNode(DatasetInfo.RegionCodes)]),
            ["resources"] = DescriptorJson.Array(hsds.Zip(csv, Resource)),
        };
        return [new DatasetFile(DataPackageWriter.FileName, DescriptorJson.MediaType, DescriptorJson.Write(descriptor)), .. csv];
    }

    private static JsonObject Resource(DataTable table, DatasetFile csv)
    {
        var schema = new JsonObject
        {
            ["fields"] = DescriptorJson.Array(table.Fields.Select(TableSchemaJson.Field)),
            ["missingValues"] = DescriptorJson.Strings([""]),
            ["primaryKey"] = "id",
        };
        if (table.ForeignKeys.Count > 0)
        {
            schema["foreignKeys"] = DescriptorJson.Array(table.ForeignKeys.Select(fk => (JsonNode)new JsonObject
            {
                ["fields"] = fk.Fields.Single(),
                ["reference"] = new JsonObject { ["resource"] = fk.Table, ["fields"] = fk.ReferencedFields.Single() },
            }));
        }

        return new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = csv.Name,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["bytes"] = csv.Length,
            ["hash"] = "sha256:" + csv.Sha256,
            ["dialect"] = new JsonObject
            {
                ["delimiter"] = ",",
                ["lineTerminator"] = "\r\n",
                ["quoteChar"] = "\"",
                ["doubleQuote"] = true,
                ["header"] = true,
            },
            ["schema"] = schema,
        };
    }
}
