using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Tables;

/// <summary>The directory's reference lists: agencies, services, sources, regions and holidays.</summary>
public static class ReferenceTables
{
    // Lists inside one cell (acronyms, synonyms, keywords) are joined with this; no value contains it.
    public const string ListSeparator = "; ";

    public static DataTable Agencies(IReadOnlyList<AgencyKind> kinds) => new TableShape<AgencyKind>(
        "agencies",
        "Agencies",
        "The kinds of agency found in MPPs (Dukcapil, BPJS Kesehatan, Imigrasi ...): one row per kind, not per local office.",
        [
            Column.Text<AgencyKind>("agency_id", "The agency kind's id, as in /api/v1/agencies/{id}.", a => a.Id, required: true),
            Column.Text<AgencyKind>("official_name", "The official name.", a => a.OfficialName, required: true),
            Column.OneOf<AgencyKind>("category", "Local government (OPD), regional office of a national body, state or regional enterprise, bank, or public body.", EnumNames.All<AgencyCategory>(), a => EnumNames.Of(a.Category)),
            Column.Text<AgencyKind>("acronyms", $"Acronyms and short names, separated by \"{ListSeparator}\".", a => string.Join(ListSeparator, a.Acronyms)),
            Column.Text<AgencyKind>("synonyms", $"Other names in use, separated by \"{ListSeparator}\".", a => string.Join(ListSeparator, a.Synonyms)),
        ],
        ["agency_id"],
        []).Build(kinds);

    public static DataTable AgencyServices(IReadOnlyList<AgencyKind> kinds) => new TableShape<Link>(
        "agency_services",
        "Usual services of agencies",
        "The services an agency kind usually provides at its counters (the directory's reference list, not a source's statement).",
        [
            Column.Text<Link>("agency_id", "The agency kind (agencies.agency_id).", l => l.From, required: true),
            Column.Text<Link>("service_id", "The service (services.service_id).", l => l.To, required: true),
        ],
        ["agency_id", "service_id"],
        [new("agency_id", "agencies", "agency_id"), new("service_id", "services", "service_id")])
        .Build(kinds.SelectMany(k => k.Services.Distinct().Select(s => new Link(k.Id, s))));

    public static DataTable Services(IReadOnlyList<Service> services) => new TableShape<Service>(
        "services",
        "Services",
        "Kinds of public service (e-KTP, paspor, SIM ...).",
        [
            Column.Text<Service>("service_id", "The service's id, as in /api/v1/services/{id}.", s => s.Id, required: true),
            Column.Text<Service>("name", "The service's name.", s => s.Name, required: true),
            Column.Text<Service>("description", "What the service is, in English.", s => s.Description),
            Column.Text<Service>("keywords", $"Words residents use for it, separated by \"{ListSeparator}\".", s => string.Join(ListSeparator, s.Keywords)),
        ],
        ["service_id"],
        []).Build(services);

    public static DataTable Sources(IReadOnlyList<Source> sources) => new TableShape<Source>(
        "sources",
        "Sources",
        "The source articles every fact is taken from. Quoted sentences are in citations.",
        [
            Column.Text<Source>("source_id", "The source's id, as in /api/v1/sources/{id}.", s => s.Id, required: true),
            Column.Text<Source>("publisher", "The publisher, where the text names one.", s => s.Publisher),
            Column.Text<Source>("headline", "The article's headline, where the text has one.", s => s.Headline),
            Column.Text<Source>("url", "Where the article was published, once a steward records it; never guessed.", s => s.Url),
            Column.Text<Source>("language", "The language the article is written in (BCP 47).", s => s.Language),
            .. ReportedDateColumns.For<Source>("dateline", "The date the text reports", s => s.Dateline),
            Column.Text<Source>("about", "What the article is about, in Indonesian.", s => s.About.Id, required: true),
            Column.Text<Source>("about_en", "The same in English.", s => s.About.En, required: true),
            Column.Text<Source>("notes", "What to know when reading the source, in Indonesian.", s => s.Notes?.Id),
            Column.Text<Source>("notes_en", "The same in English.", s => s.Notes?.En),
            Column.Text<Source>("file", "The article's file in the project's source collection; empty for a source a steward registered.", s => s.File),
        ],
        ["source_id"],
        []).Build(sources);

    /// <summary>Every region the directory knows, with how many recorded MPPs lie in it: the coverage of the directory.</summary>
    public static DataTable Regions(IReadOnlyList<Region> regions, IReadOnlyList<Mpp> mpps)
    {
        var mppsIn = mpps
            .SelectMany(m => new[] { m.RegionCodes.Province, m.RegionCodes.Regency, m.RegionCodes.District, m.RegionCodes.Village }
                .OfType<string>().Distinct())
            .CountBy(code => code, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        return new TableShape<Region>(
            "regions",
            "Regions and coverage",
            "Kemendagri regions (provinces, regencies and cities, and the districts and villages MPP records name), from idn-area-data (ODbL 1.0), with the number of MPPs the directory records in each.",
            [
                Column.Text<Region>("region_code", "Kemendagri code: 33 (province), 33.75 (regency or city), 33.75.01 (district), 33.75.01.1003 (village). Text, not a number.", r => r.Code, required: true),
                Column.Text<Region>("name", "The name as idn-area-data writes it.", r => r.Name, required: true),
                Column.OneOf<Region>("level", "province, regency (regency or city), district or village.", EnumNames.All<RegionLevel>(), r => EnumNames.Of(r.Level)),
                Column.Text<Region>("parent_code", "The region one level up (regions.region_code); empty for a province.", r => r.ParentCode),
                Column.WholeNumber<Region>("mpps_recorded", "MPPs the directory records in this region. Zero means none recorded, not none existing.", r => mppsIn.GetValueOrDefault(r.Code), required: true),
            ],
            ["region_code"],
            [new("parent_code", "regions", "region_code")]).Build(regions);
    }

    public static DataTable Holidays(HolidayCalendar calendar) => new TableShape<Holiday>(
        "holidays",
        "Holidays",
        "National holidays and cuti bersama that close MPPs, each with the decree or source that sets it. " + calendar.Note.En,
        [
            Column.Date<Holiday>("date", "The day.", h => h.Date, required: true),
            Column.OneOf<Holiday>("kind", "libur-nasional (national holiday) or cuti-bersama (collective leave).", EnumNames.All<HolidayKind>(), h => EnumNames.Of(h.Kind)),
            Column.Text<Holiday>("name", "The holiday's name.", h => h.Name, required: true),
            Column.Text<Holiday>("source", "The decree or source that sets the day.", h => h.Source, required: true),
        ],
        ["date", "kind"],
        []).Build(calendar.Days);
}
