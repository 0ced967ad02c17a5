using MppDirectory.Datasets.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;

namespace MppDirectory.Datasets.Hsds;

/// <summary>
/// The directory as HSDS 3.0 tables. Agency kinds become organizations; each service type an agency
/// provides becomes a service of that organization (HSDS gives every service one organization);
/// MPPs become physical locations; each serving counter becomes one service_at_location per service
/// it offers; stated hours become schedules. docs/datasets.md lists what HSDS cannot express.
/// </summary>
public static class HsdsExport
{
    public static IReadOnlyList<DataTable> Tables(DirectoryData data)
    {
        var canonical = DirectoryFingerprint.Canonical(data);
        var kinds = canonical.AgencyKinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        var services = canonical.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var offers = Offers(canonical).Where(o => kinds.ContainsKey(o.Counter.AgencyKind) && services.ContainsKey(o.Service)).ToList();
        var provided = canonical.AgencyKinds
            .SelectMany(k => k.Services.Select(s => (Agency: k.Id, Service: s)))
            .Concat(offers.Select(o => (Agency: o.Counter.AgencyKind, o.Service)))
            .Where(p => services.ContainsKey(p.Service))
            .Distinct()
            .ToList();

        return
        [
            HsdsResources.Organization.ToTable(canonical.AgencyKinds.Select(Organization)),
            HsdsResources.Service.ToTable(provided.Select(p => Service(kinds[p.Agency], services[p.Service]))),
            HsdsResources.Location.ToTable(canonical.Mpps.Select(m => Location(m, canonical.Regions))),
            HsdsResources.ServiceAtLocation.ToTable(offers.Select(o => ServiceAtLocation(o, kinds[o.Counter.AgencyKind]))),
            HsdsResources.Schedule.ToTable(HsdsSchedules.Rows(canonical.Mpps, offers)),
        ];
    }

    /// <summary>Each serving counter with each service it offers: those its source ties to it, then its agency's usual ones.</summary>
    public static IEnumerable<CounterOffer> Offers(DirectoryData data)
    {
        var kinds = data.AgencyKinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        return data.Mpps.SelectMany(m => m.Counters
            .Where(c => c.Status == CounterStatus.Serving)
            .SelectMany(c => c.Services
                .Select(s => new CounterOffer(m, c, s, StatedBySource: true))
                .Concat((kinds.GetValueOrDefault(c.AgencyKind)?.Services ?? [])
                    .Where(s => !c.Services.Contains(s))
                    .Select(s => new CounterOffer(m, c, s, StatedBySource: false)))
                .DistinctBy(o => o.Service)));
    }

    private static Dictionary<string, object?> Organization(AgencyKind kind) => new()
    {
        ["id"] = HsdsIds.Organization(kind.Id),
        ["name"] = kind.OfficialName,
        ["alternate_name"] = kind.Acronyms.Count > 0 ? string.Join(", ", kind.Acronyms) : null,
        ["description"] =
            $"{CategoryText(kind.Category)} This HSDS organization stands for the agency kind '{kind.Id}' of the MPP Directory: " +
            "its offices in every MPP, not one legal body." +
            (kind.Synonyms.Count > 0 ? $" Also known as: {string.Join(", ", kind.Synonyms)}." : ""),
    };

    private static Dictionary<string, object?> Service(AgencyKind kind, Service service) => new()
    {
        ["id"] = HsdsIds.Service(kind.Id, service.Id),
        ["organization_id"] = HsdsIds.Organization(kind.Id),
        ["name"] = $"{service.Name} ({kind.OfficialName})",
        ["alternate_name"] = service.Keywords.Count > 0 ? string.Join(", ", service.Keywords) : null,
        ["description"] = $"{service.Description} Service type '{service.Id}' as provided by agency kind '{kind.Id}'.",
        ["status"] = "active",
    };

    private static Dictionary<string, object?> Location(Mpp mpp, IReadOnlyList<Region> regions)
    {
        var names = regions.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var parts = new[]
        {
            mpp.Venue,
            mpp.Address is null ? null : "Address: " + mpp.Address,
            $"Region: {names.GetValueOrDefault(mpp.RegionCodes.Regency, mpp.RegionCodes.Regency)} ({mpp.RegionCodes.Regency}), " +
                $"{names.GetValueOrDefault(mpp.RegionCodes.Province, mpp.RegionCodes.Province)} ({mpp.RegionCodes.Province}), Indonesia",
            $"Status: {EnumNames.Of(mpp.Status)}",
            $"Time zone: {IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province).IanaId}",
        };
        return new()
        {
            ["id"] = HsdsIds.Location(mpp.Id),
            ["location_type"] = "physical",
            ["name"] = mpp.Name,
            ["description"] = string.Join(". ", parts.OfType<string>()) + ".",
            ["latitude"] = mpp.Coordinates?.Latitude,
            ["longitude"] = mpp.Coordinates?.Longitude,
            ["external_identifier"] = mpp.Id,
            ["external_identifier_type"] = "mpp-directory-id",
        };
    }

    private static Dictionary<string, object?> ServiceAtLocation(CounterOffer offer, AgencyKind kind) => new()
    {
        ["id"] = HsdsIds.ServiceAtLocation(RecordIds.Counter(offer.Mpp, offer.Counter), offer.Service),
        ["service_id"] = HsdsIds.Service(kind.Id, offer.Service),
        ["location_id"] = HsdsIds.Location(offer.Mpp.Id),
        ["description"] =
            $"Counter \"{offer.Counter.StatedName}\" ({RecordIds.Counter(offer.Mpp, offer.Counter)}). " +
            (offer.StatedBySource
                ? "A source ties this service to the counter."
                : $"A usual service of {kind.OfficialName}; no source states it for this counter."),
    };

    private static string CategoryText(AgencyCategory category) => category switch
    {
        AgencyCategory.LocalGovernment => "Local-government agency (OPD) of a city or regency.",
        AgencyCategory.NationalRegionalOffice => "Regional office of a national body (instansi vertikal).",
        AgencyCategory.StateEnterprise => "State-owned enterprise (BUMN).",
        AgencyCategory.RegionalEnterprise => "Region-owned enterprise (BUMD).",
        AgencyCategory.Bank => "Bank.",
        AgencyCategory.PublicBody => "Public legal entity.",
        _ => "Agency.",
    };
}

/// <summary>A serving counter offering one service, and whether a source says so or the agency kind implies it.</summary>
public sealed record CounterOffer(Mpp Mpp, Counter Counter, string Service, bool StatedBySource);
