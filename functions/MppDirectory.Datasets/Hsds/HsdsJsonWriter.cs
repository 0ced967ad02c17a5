using System.Text.Json.Nodes;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Package;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Hsds;

/// <summary>
/// HSDS JSON: an array of full HSDS services (the shape of HSDS's <c>service_package.json</c>), each
/// with its organization and its service_at_locations, which carry their location and schedules.
/// Empty fields are left out, as HSDS's JSON Schemas type them as strings or numbers, not null.
/// </summary>
public static class HsdsJsonWriter
{
    public static byte[] Write(IReadOnlyList<DataTable> hsds)
    {
        var byName = hsds.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var organizations = Objects(byName["organization"]).ToDictionary(o => Id(o), StringComparer.Ordinal);
        var locations = Objects(byName["location"]).ToDictionary(o => Id(o), StringComparer.Ordinal);
        var schedules = Objects(byName["schedule"]).ToList();
        var serviceAtLocations = Objects(byName["service_at_location"]).ToList();

        var services = Objects(byName["service"]).Select(service =>
        {
            service["organization"] = organizations[(string)service["organization_id"]!]!.DeepClone();
            service["service_at_locations"] = DescriptorJson.Array(serviceAtLocations
                .Where(sal => (string?)sal["service_id"] == Id(service))
                .Select(sal =>
                {
                    var copy = sal.DeepClone().AsObject();
                    var location = locations[(string)sal["location_id"]!].DeepClone().AsObject();
                    location["schedules"] = SchedulesWhere(schedules, "location_id", Id(location));
                    copy["location"] = location;
                    copy["schedules"] = SchedulesWhere(schedules, "service_at_location_id", Id(sal));
                    return copy;
                }));
            return service;
        });
        return DescriptorJson.Write(DescriptorJson.Array(services));
    }

    private static JsonArray SchedulesWhere(List<JsonObject> schedules, string field, string id) =>
        DescriptorJson.Array(schedules.Where(s => (string?)s[field] == id).Select(s => s.DeepClone()));

    private static string Id(JsonObject node) => (string)node["id"]!;

    private static IEnumerable<JsonObject> Objects(DataTable table) =>
        table.Rows.Select(row =>
        {
            var node = new JsonObject();
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i] is { } value)
                {
                    node[table.Fields[i].Name] = value switch
                    {
                        long number => JsonValue.Create(number),
                        double number => JsonValue.Create(number),
                        bool flag => JsonValue.Create(flag),
                        _ => JsonValue.Create(CellText.Format(value)),
                    };
                }
            }

            return node;
        });
}
