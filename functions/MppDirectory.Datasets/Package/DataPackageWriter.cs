using System.Text.Json.Nodes;
using MppDirectory.Datasets.Tables;
using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Package;

/// <summary>
/// The Frictionless Data Package (v2) descriptor of a version: identity, licences, sources, and one
/// resource per canonical CSV table (with its Table Schema) plus the GeoJSON of the MPPs.
/// </summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";
    public const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";
    public const string ResourceProfile = "https://datapackage.org/profiles/2.0/dataresource.json";
    public const string DialectProfile = "https://datapackage.org/profiles/2.0/tabledialect.json";

    public static byte[] Write(
        DatasetRelease release,
        IReadOnlyList<(DataTable Table, DatasetFile Csv)> tables,
        DatasetFile geoJson,
        IReadOnlyList<Source> sources)
    {
        var package = new JsonObject
        {
            ["$schema"] = Profile,
            ["name"] = DatasetInfo.Name,
            ["id"] = "urn:uuid:" + NameBasedUuid.Of($"dataset/{release.Version}"),
            ["title"] = DatasetInfo.Title,
            ["description"] = $"{DatasetInfo.Description}\n\nVersion {release.Version} holds directory data version {release.DataVersion}.",
            ["version"] = release.Version,
            ["created"] = release.CreatedText,
            ["keywords"] = DescriptorJson.Strings(["Indonesia", "Mal Pelayanan Publik", "public services", "government", "directory"]),
            ["licenses"] = DescriptorJson.Array([License(DatasetInfo.Odbl), License(DatasetInfo.Dbcl)]),
            ["sources"] = DescriptorJson.Array([SourceNode(DatasetInfo.RegionCodes), .. sources.Select(ArticleSource)]),
            ["resources"] = DescriptorJson.Array([.. tables.Select(t => TableResource(t.Table, t.Csv)), GeoJsonResource(geoJson)]),
        };
        return DescriptorJson.Write(package);
    }

    public static JsonObject License(DatasetInfo.License license) =>
        new() { ["name"] = license.Name, ["path"] = license.Path, ["title"] = license.Title };

    public static JsonObject SourceNode(DatasetInfo.Source source)
    {
        var node = new JsonObject { ["title"] = source.Title };
        if (source.Path is not null)
        {
            node["path"] = source.Path;
        }

        return node;
    }

    private static JsonObject ArticleSource(Source source) => SourceNode(new(
        $"{source.Publisher ?? "Unknown publisher"}, {source.Dateline.Text}: {source.About.En.TrimEnd('.')} (source_id {source.Id})", null));

    private static JsonObject TableResource(DataTable table, DatasetFile csv)
    {
        var resource = new JsonObject
        {
            ["$schema"] = ResourceProfile,
            ["name"] = table.Name,
            ["type"] = "table",
            ["path"] = csv.Name,
            ["title"] = table.Title,
            ["description"] = table.Description,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["bytes"] = csv.Length,
            ["hash"] = "sha256:" + csv.Sha256,
            ["dialect"] = new JsonObject
            {
                ["$schema"] = DialectProfile,
                ["header"] = true,
                ["delimiter"] = ",",
                ["lineTerminator"] = "\r\n",
                ["quoteChar"] = "\"",
                ["doubleQuote"] = true,
            },
            ["schema"] = TableSchemaJson.Of(table),
        };
        if (table.Name == "regions")
        {
            resource["licenses"] = DescriptorJson.Array([License(DatasetInfo.Odbl)]);
            resource["sources"] = DescriptorJson.Array([SourceNode(DatasetInfo.RegionCodes)]);
        }

        return resource;
    }

    private static JsonObject GeoJsonResource(DatasetFile geoJson) => new()
    {
        ["$schema"] = ResourceProfile,
        ["name"] = "mpps-geojson",
        ["path"] = geoJson.Name,
        ["title"] = "MPP locations (GeoJSON)",
        ["description"] = "The MPPs whose coordinates a source states, as a GeoJSON FeatureCollection (RFC 7946); empty while no source states coordinates.",
        ["format"] = "geojson",
        ["mediatype"] = "application/geo+json",
        ["encoding"] = "utf-8",
        ["bytes"] = geoJson.Length,
        ["hash"] = "sha256:" + geoJson.Sha256,
    };
}
