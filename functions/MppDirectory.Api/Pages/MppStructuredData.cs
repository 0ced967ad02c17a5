using System.Text.Json;
using System.Text.Json.Nodes;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Api.Pages;

/// <summary>
/// schema.org <c>GovernmentOffice</c> JSON-LD for an MPP page: name, address, the regency and province it
/// is in, its counters as departments, opening hours only where a source states them, and the sources as
/// citations. Never a value the record does not hold.
/// </summary>
public static class MppStructuredData
{
    // The default encoder escapes <, > and & as \u003C etc., so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static Html Script(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now) =>
        new("<script type=\"application/ld+json\">" + Of(page, snapshot, mpp, now).ToJsonString(Options) + "</script>");

    public static JsonObject Of(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now)
    {
        var url = page.Absolute("/mpps/" + Uri.EscapeDataString(mpp.Id));
        var office = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentOffice",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = mpp.Name,
            ["inLanguage"] = page.Code,
            ["containedInPlace"] = Place(snapshot, mpp.RegionCodes.Regency, "City", Place(snapshot, mpp.RegionCodes.Province, "AdministrativeArea", null)),
            // An ended counter stays on the page as history, but is no longer a department of the office.
            ["department"] = new JsonArray([.. mpp.Counters.Where(c => c.Status != CounterStatus.Ended).Select(c => (JsonNode)Department(snapshot, c))]),
            ["citation"] = new JsonArray([.. Components.SourceLinks.CitedBy(snapshot, mpp).Select(s => (JsonNode)Citation(s))]),
        };
        if (mpp.Address is { } address)
        {
            office["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = address,
                ["addressLocality"] = snapshot.RegionName(mpp.RegionCodes.Regency),
                ["addressRegion"] = snapshot.RegionName(mpp.RegionCodes.Province),
                ["addressCountry"] = "ID",
            };
        }

        if (mpp.Coordinates is { } coordinates)
        {
            office["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = coordinates.Latitude, ["longitude"] = coordinates.Longitude };
        }

        var hours = ScheduleViews.For(snapshot, mpp, null, now, page.Language);
        if (hours is { Known: true, SchemaOrg: { } schemaOrg })
        {
            office["openingHoursSpecification"] = JsonSerializer.SerializeToNode(schemaOrg.OpeningHoursSpecification, DirectoryJson.Options.TypeInfo<IReadOnlyList<OpeningHoursSpecification>>());
        }

        return office;
    }

    private static JsonObject Place(DirectorySnapshot snapshot, string code, string type, JsonObject? within)
    {
        var place = new JsonObject { ["@type"] = type, ["name"] = snapshot.RegionName(code) ?? code, ["identifier"] = code };
        if (within is not null)
        {
            place["containedInPlace"] = within;
        }

        return place;
    }

    private static JsonObject Department(DirectorySnapshot snapshot, Counter counter)
    {
        var department = new JsonObject { ["@type"] = "GovernmentOffice", ["name"] = counter.StatedName };
        if (snapshot.AgencyKindsById.TryGetValue(counter.AgencyKind, out var kind))
        {
            department["parentOrganization"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = kind.OfficialName };
        }

        return department;
    }

    private static JsonObject Citation(Source source)
    {
        var article = new JsonObject { ["@type"] = "NewsArticle", ["identifier"] = source.Id };
        if (source.Publisher is { } publisher)
        {
            article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        if (source.Dateline.Value is { } date)
        {
            article["dateCreated"] = date;
        }

        if (source.Headline is { } headline)
        {
            article["headline"] = headline;
        }

        if (source.Url is { } url)
        {
            article["url"] = url;
        }

        return article;
    }
}
