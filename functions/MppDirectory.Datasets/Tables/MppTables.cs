using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;

namespace MppDirectory.Datasets.Tables;

/// <summary>The MPPs, their counters, and the services tied to either.</summary>
public static class MppTables
{
    public static DataTable Mpps(IReadOnlyList<Mpp> mpps) => new TableShape<Mpp>(
        "mpps",
        "MPPs",
        "One row per Mal Pelayanan Publik (public service mall) the sources describe.",
        [
            Column.Text<Mpp>("mpp_id", "The MPP's readable id, as in /api/v1/mpps/{id}.", m => m.Id, required: true),
            Column.Text<Mpp>("name", "The MPP's name as the sources give it.", m => m.Name, required: true),
            Column.OneOf<Mpp>("status", "The furthest phase that has happened, by the recorded milestones.", EnumNames.All<MppStatus>(), m => EnumNames.Of(m.Status)),
            Column.Text<Mpp>("province_code", "Kemendagri code of the province (regions.region_code).", m => m.RegionCodes.Province, required: true),
            Column.Text<Mpp>("regency_code", "Kemendagri code of the regency or city (regions.region_code).", m => m.RegionCodes.Regency, required: true),
            Column.Text<Mpp>("district_code", "Kemendagri code of the district (kecamatan), where a source names it.", m => m.RegionCodes.District),
            Column.Text<Mpp>("village_code", "Kemendagri code of the village (kelurahan, desa, gampong), where a source names it.", m => m.RegionCodes.Village),
            Column.Text<Mpp>("address", "The street address as a source writes it.", m => m.Address),
            Column.Text<Mpp>("venue", "The building or site as a source describes it.", m => m.Venue),
            Column.WholeNumber<Mpp>("floors", "Number of floors a source states.", m => m.Floors),
            Column.Number<Mpp>("latitude", "WGS 84 latitude, only where a source states coordinates.", m => m.Coordinates?.Latitude),
            Column.Number<Mpp>("longitude", "WGS 84 longitude, only where a source states coordinates.", m => m.Coordinates?.Longitude),
            Column.Text<Mpp>("coordinates_source_id", "The source that states the coordinates (sources.source_id).", m => m.Coordinates?.Citation.Source),
            Column.Text<Mpp>("time_zone", "IANA time zone of the MPP's local time, from its province (Keppres 41/1987).", m => IndonesianTimeZone.OfRegion(m.RegionCodes.Province).IanaId, required: true),
            Column.Boolean<Mpp>("hours_known", "Whether a source states the MPP's opening hours (see schedules).", m => m.Hours.Known),
            Column.Text<Mpp>("hours_note", "What the sources say about opening hours, in Indonesian.", m => m.Hours.Describe()?.Id),
            Column.Text<Mpp>("hours_note_en", "The same note in English.", m => m.Hours.Describe()?.En),
            Column.WholeNumber<Mpp>("counters_recorded", "Counters the sources name (see counters); reported totals are in observations.", m => m.Counters.Count, required: true),
            Column.DateTime<Mpp>("verified_at", "When a steward last confirmed the MPP's own record as still true without changing it (UTC); empty when none has.", m => m.Verified?.At),
            Column.Text<Mpp>("verified_by", "The pseudonymous steward registry id of who checked it, as change records name actors; empty when none has.", m => m.Verified?.By),
        ],
        ["mpp_id"],
        [
            new("province_code", "regions", "region_code"),
            new("regency_code", "regions", "region_code"),
            new("district_code", "regions", "region_code"),
            new("village_code", "regions", "region_code"),
            new("coordinates_source_id", "sources", "source_id"),
        ]).Build(mpps);

    public static DataTable Counters(IReadOnlyList<Mpp> mpps) => new TableShape<CounterRow>(
        "counters",
        "Counters",
        "One row per agency counter (gerai, loket) a source names inside an MPP.",
        [
            Column.Text<CounterRow>("counter_id", "Unique id: mpp_id/counter_slug.", r => RecordIds.Counter(r.Mpp, r.Counter), required: true),
            Column.Text<CounterRow>("mpp_id", "The MPP the counter is in (mpps.mpp_id).", r => r.Mpp.Id, required: true),
            Column.Text<CounterRow>("counter_slug", "The counter's id within its MPP, as in /api/v1/mpps/{id}/counters.", r => r.Counter.Id, required: true),
            Column.WholeNumber<CounterRow>("position", "Position in the list of counters the sources give, from 1.", r => r.Position, required: true),
            Column.Text<CounterRow>("agency_id", "The kind of agency behind the counter (agencies.agency_id).", r => r.Counter.AgencyKind, required: true),
            Column.Text<CounterRow>("stated_name", "The counter's name as the source writes it.", r => r.Counter.StatedName, required: true),
            Column.OneOf<CounterRow>("agency_basis", "Whether the source names the agency or the directory inferred it from a service.", EnumNames.All<DateBasis>(), r => EnumNames.Of(r.Counter.AgencyBasis)),
            Column.OneOf<CounterRow>("status", "serving, joining-later, possible (named only as an agency that might join), or ended (no longer serving; see ended).", EnumNames.All<CounterStatus>(), r => EnumNames.Of(r.Counter.Status)),
            .. ReportedDateColumns.For<CounterRow>("ended", "When the counter stopped serving, for an ended counter", r => r.Counter.Ended, required: false),
            Column.Boolean<CounterRow>("has_own_schedule", "Whether a source states hours for this counter; otherwise the MPP's hours apply.", r => r.Counter.Schedule is not null),
            Column.DateTime<CounterRow>("verified_at", "When a steward last confirmed the counter as still true without changing it (UTC); empty when none has.", r => r.Counter.Verified?.At),
            Column.Text<CounterRow>("verified_by", "The pseudonymous steward registry id of who checked it; empty when none has.", r => r.Counter.Verified?.By),
        ],
        ["counter_id"],
        [new("mpp_id", "mpps", "mpp_id"), new("agency_id", "agencies", "agency_id")])
        .Build(mpps.SelectMany(m => m.Counters.Select((c, i) => new CounterRow(m, c, i + 1))));

    public static DataTable CounterServices(IReadOnlyList<Mpp> mpps) => new TableShape<Link>(
        "counter_services",
        "Services of counters",
        "Services a source ties to a counter. The usual services of the counter's agency are in agency_services.",
        [
            Column.Text<Link>("counter_id", "The counter (counters.counter_id).", r => r.From, required: true),
            Column.Text<Link>("service_id", "The service (services.service_id).", r => r.To, required: true),
        ],
        ["counter_id", "service_id"],
        [new("counter_id", "counters", "counter_id"), new("service_id", "services", "service_id")])
        .Build(mpps.SelectMany(m => m.Counters.SelectMany(c => c.Services.Distinct().Select(s => new Link(RecordIds.Counter(m, c), s)))));

    public static DataTable StatedServices(IReadOnlyList<Mpp> mpps) => new TableShape<Link>(
        "mpp_stated_services",
        "Services stated for MPPs",
        "Services a source says an MPP offers without tying them to a counter.",
        [
            Column.Text<Link>("mpp_id", "The MPP (mpps.mpp_id).", r => r.From, required: true),
            Column.Text<Link>("service_id", "The service (services.service_id).", r => r.To, required: true),
        ],
        ["mpp_id", "service_id"],
        [new("mpp_id", "mpps", "mpp_id"), new("service_id", "services", "service_id")])
        .Build(mpps.SelectMany(m => m.StatedServices.Services.Distinct().Select(s => new Link(m.Id, s))));

    private sealed record CounterRow(Mpp Mpp, Counter Counter, int Position);
}
