using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Hsds;
using MppDirectory.Datasets.Tables;
using MppDirectory.Testing;
using NJsonSchema;
using NJsonSchema.Validation;

namespace MppDirectory.Datasets.Tests;

/// <summary>The HSDS export against the HSDS 3.0 schemas and tabular package in ../shared/hsds.</summary>
public sealed class HsdsExportTests
{
    private static readonly string SchemaFolder = Path.Combine(RepositoryPaths.Shared, "hsds", "schema");
    private static readonly Lazy<JsonSchema> ServicePackage = new(() => JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "compiled", "service_package.json")).GetAwaiter().GetResult());

    [Theory]
    [MemberData(nameof(TestData.Builds), MemberType = typeof(TestData))]
    public void HsdsJsonValidatesAgainstTheHsdsServicePackageSchema(string build)
    {
        var json = Encoding.UTF8.GetString(TestData.ByName(build).File(DatasetLayout.HsdsJson).Bytes);

        var errors = ServicePackage.Value.Validate(json);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.NotEmpty(JsonNode.Parse(json)!.AsArray());
    }

    [Fact]
    public void SchemaCheckRejectsAServiceWithoutAUuidOrStatus()
    {
        var services = JsonNode.Parse(TestData.SeedVersion.File(DatasetLayout.HsdsJson).Bytes)!.AsArray();
        services[0]!["id"] = "kota-pekalongan";
        services[0]!.AsObject().Remove("status");

        var errors = ServicePackage.Value.Validate(services.ToJsonString());

        var kinds = Flatten(errors).Select(e => e.Kind).ToList();
        Assert.Contains(ValidationErrorKind.UuidExpected, kinds);
        Assert.Contains(ValidationErrorKind.PropertyRequired, kinds);
    }

    [Fact]
    public void FixtureHoursBecomeWeeklySchedulesOfLocationsAndCounters()
    {
        var schedules = ReadTabular(TestData.FixtureVersion, "schedules.csv");
        var locationIds = ReadTabular(TestData.FixtureVersion, "locations.csv").ToDictionary(r => r["external_identifier"], r => r["id"]);

        var bandung = schedules.Where(s => s["location_id"] == locationIds["fixture-bandung"]).ToList();
        Assert.Contains(bandung, s => s["byday"] == "MO,TU,WE,TH" && s["opens_at"] == "08:00:00" && s["closes_at"] == "15:00:00" && s["freq"] == "WEEKLY");
        Assert.Contains(bandung, s => s["byday"] == "FR" && s["closes_at"] == "11:00:00" && s["timezone"] == "7");
        Assert.Contains(schedules, s => s["service_at_location_id"].Length > 0 && s["byday"] == "TU,TH" && s["opens_at"] == "09:00:00");
        Assert.Contains(schedules, s => s["description"].StartsWith("Closed from 2026-12-31", StringComparison.Ordinal) && s["opens_at"] == "" && s["timezone"] == "9");
    }

    [Fact]
    public async Task TabularFilesHaveHsdsColumnsAndEveryRowValidatesAgainstItsHsdsSchema()
    {
        using var hsds = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Shared, "hsds", "datapackage.json")));
        var official = hsds.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        using var ours = JsonDocument.Parse(TestData.FixtureVersion.HsdsPackage.Single(f => f.Name == "datapackage.json").Bytes);

        foreach (var resource in ours.RootElement.GetProperty("resources").EnumerateArray())
        {
            var name = resource.GetProperty("name").GetString()!;
            var spec = official[name];
            Assert.Equal(spec.GetProperty("path").GetString(), resource.GetProperty("path").GetString());
            Assert.Equal(FieldSummary(spec), FieldSummary(resource));
            var keys = resource.GetProperty("schema").TryGetProperty("foreignKeys", out var foreignKeys) ? foreignKeys.EnumerateArray().ToList() : [];
            foreach (var key in keys)
            {
                Assert.Contains(spec.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray(), k => JsonNode.DeepEquals(JsonNode.Parse(k.GetRawText()), JsonNode.Parse(key.GetRawText())));
            }

            var schema = await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, name + ".json"));
            var fields = HsdsResources.All.Single(r => r.Name == name).Fields;
            foreach (var row in ReadTabular(TestData.FixtureVersion, resource.GetProperty("path").GetString()!))
            {
                var errors = schema.Validate(Typed(row, fields).ToJsonString());
                Assert.True(errors.Count == 0, $"{name} {row["id"]}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
            }
        }
    }

    [Fact]
    public void EveryServiceAtLocationLinksAServiceOfTheCountersAgency()
    {
        var services = ReadTabular(TestData.SeedVersion, "services.csv").ToDictionary(r => r["id"]);
        var locations = ReadTabular(TestData.SeedVersion, "locations.csv").Select(r => r["id"]).ToHashSet();
        var links = ReadTabular(TestData.SeedVersion, "service_at_location.csv");

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(services.ContainsKey(l["service_id"]) && locations.Contains(l["location_id"])));
        var eKtp = HsdsIds.ServiceAtLocation("kota-pekalongan/e-ktp", "e-ktp");
        Assert.Contains("A source ties this service", links.Single(l => l["id"] == eKtp)["description"], StringComparison.Ordinal);
        Assert.Equal(HsdsIds.Organization("dukcapil"), services[HsdsIds.Service("dukcapil", "e-ktp")]["organization_id"]);
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? Flatten(child.Errors.SelectMany(c => c.Value)).Prepend(e)
            : [e]);

    private static List<Dictionary<string, string>> ReadTabular(DatasetBuild build, string path)
    {
        var records = Rfc4180Parser.Parse(Encoding.UTF8.GetString(build.HsdsPackage.Single(f => f.Name == path).Bytes));
        return [.. records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>A CSV row as the typed JSON object HSDS's schemas describe; empty cells are left out.</summary>
    private static JsonObject Typed(Dictionary<string, string> row, IReadOnlyList<TableField> fields)
    {
        var node = new JsonObject();
        foreach (var field in fields.Where(f => row[f.Name].Length > 0))
        {
            node[field.Name] = field.Type == FieldType.Number
                ? JsonValue.Create(double.Parse(row[field.Name], System.Globalization.CultureInfo.InvariantCulture))
                : JsonValue.Create(row[field.Name]);
        }

        return node;
    }

    private static List<string> FieldSummary(JsonElement resource) =>
        [.. resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f =>
            $"{f.GetProperty("name")}:{f.GetProperty("type")}:{(f.TryGetProperty("format", out var format) ? format.ToString() : "")}:" +
            $"{(f.TryGetProperty("constraints", out var c) && c.TryGetProperty("required", out var required) && required.GetBoolean())}:" +
            $"{(f.TryGetProperty("constraints", out var e) && e.TryGetProperty("enum", out var values) ? string.Join("|", values.EnumerateArray()) : "")}")];
}
