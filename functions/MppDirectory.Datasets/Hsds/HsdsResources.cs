using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Hsds;

/// <summary>
/// The five HSDS 3.0 tables this export fills, with HSDS's field names, types, formats and required
/// flags (Human Services Data Specification: an Open Referral resource, CC BY-SA 4.0). Tests check
/// them against HSDS's own datapackage.json.
/// </summary>
public static class HsdsResources
{
    public static HsdsResource Organization { get; } = new("organization", "organizations.csv",
    [
        Uuid("id", required: true), Text("name", required: true), Text("alternate_name"), Text("description", required: true),
        Text("email", format: "email"), Text("website", format: "uri"), Text("tax_status"), Text("tax_id"),
        Number("year_incorporated"), Text("legal_status"), Text("logo"), Text("uri", format: "uri"), Uuid("parent_organization_id"),
    ], []);

    public static HsdsResource Service { get; } = new("service", "services.csv",
    [
        Uuid("id", required: true), Uuid("organization_id", required: true), Uuid("program_id"), Text("name", required: true),
        Text("alternate_name"), Text("description"), Text("url", format: "uri"), Text("email", format: "email"),
        new TableField("status", FieldType.Text, "", true, ["active", "inactive", "defunct", "temporarily closed"]),
        Text("interpretation_services"), Text("application_process"), Text("fees_description"), Text("wait_time"), Text("fees"),
        Text("accreditations"), Text("eligibility_description"), Number("minimum_age"), Number("maximum_age"),
        Typed("assured_date", FieldType.Date), Text("assurer_email", format: "email"), Text("licenses"), Text("alert"),
        Typed("last_modified", FieldType.DateTime),
    ], [new("organization_id", "organization", "id")]);

    public static HsdsResource Location { get; } = new("location", "locations.csv",
    [
        Uuid("id", required: true), new TableField("location_type", FieldType.Text, "", true, ["physical", "postal", "virtual"]),
        Text("url", format: "uri"), Uuid("organization_id"), Text("name"), Text("alternate_name"), Text("description"),
        Text("transportation"), Number("latitude"), Number("longitude"), Text("external_identifier"), Text("external_identifier_type"),
    ], [new("organization_id", "organization", "id")]);

    public static HsdsResource ServiceAtLocation { get; } = new("service_at_location", "service_at_location.csv",
    [
        Uuid("id", required: true), Uuid("service_id", required: true), Uuid("location_id", required: true), Text("description"),
    ], [new("service_id", "service", "id"), new("location_id", "location", "id")]);

    public static HsdsResource Schedule { get; } = new("schedule", "schedules.csv",
    [
        Uuid("id", required: true), Uuid("service_id"), Uuid("location_id"), Uuid("service_at_location_id"),
        Typed("valid_from", FieldType.Date), Typed("valid_to", FieldType.Date), Typed("dtstart", FieldType.Date), Number("timezone"),
        Typed("until", FieldType.Date), Number("count"),
        new TableField("wkst", FieldType.Text, "", Values: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
        new TableField("freq", FieldType.Text, "", Values: ["WEEKLY", "MONTHLY"]),
        Number("interval"), Text("byday"), Text("byweekno"), Text("bymonthday"), Text("byyearday"), Text("description"),
        Typed("opens_at", FieldType.Time), Typed("closes_at", FieldType.Time), Text("schedule_link", format: "uri"),
        Text("attending_type"), Text("notes"),
    ],
    [
        new("location_id", "location", "id"),
        new("service_id", "service", "id"),
        new("service_at_location_id", "service_at_location", "id"),
    ]);

    public static IReadOnlyList<HsdsResource> All { get; } = [Organization, Service, Location, ServiceAtLocation, Schedule];

    private static TableField Text(string name, bool required = false, string? format = null) =>
        new(name, FieldType.Text, "", required, Format: format);

    private static TableField Uuid(string name, bool required = false) => Text(name, required, "uuid");

    private static TableField Number(string name) => new(name, FieldType.Number, "");

    private static TableField Typed(string name, FieldType type) => new(name, type, "");
}
