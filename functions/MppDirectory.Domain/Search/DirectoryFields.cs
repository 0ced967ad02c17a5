using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Search;

/// <summary>
/// The weighted texts each kind of record is found by, resolving the ids records refer to (agency
/// kinds, services, region codes) through the directory's reference lists.
/// </summary>
internal sealed class DirectoryFields(DirectoryData data)
{
    private readonly Dictionary<string, AgencyKind> kinds = ById(data.AgencyKinds, kind => kind.Id);
    private readonly Dictionary<string, Service> services = ById(data.Services, service => service.Id);
    private readonly Dictionary<string, Region> regions = ById(data.Regions, region => region.Code);

    public IEnumerable<SearchField> OfMpp(Mpp mpp)
    {
        yield return new SearchField(mpp.Name, SearchWeights.Name);
        foreach (var place in PlaceNames(mpp.RegionCodes))
        {
            yield return new SearchField(place, SearchWeights.Place);
        }

        foreach (var location in new[] { mpp.Address, mpp.Venue }.OfType<string>())
        {
            yield return new SearchField(location, SearchWeights.Location);
        }

        var indirect = mpp.Counters.SelectMany(OfCounter)
            .Concat(mpp.StatedServices.Services.SelectMany(id => OfOfferedService(id, SearchWeights.Service)));
        foreach (var field in indirect)
        {
            yield return field with { Weight = field.Weight * SearchWeights.ThroughCounters };
        }
    }

    public IEnumerable<SearchField> OfCounter(Counter counter)
    {
        yield return new SearchField(counter.StatedName, SearchWeights.Name);
        if (kinds.TryGetValue(counter.AgencyKind, out var kind))
        {
            // The kind is how a misspelt or unusual stated name ("Dinas Pendudukan dan Catatan Sipil") is still found.
            foreach (var field in OfAgencyKind(kind, SearchWeights.KindName))
            {
                yield return field;
            }
        }

        foreach (var field in counter.Services.SelectMany(id => OfOfferedService(id, SearchWeights.Service)))
        {
            yield return field;
        }
    }

    public IEnumerable<SearchField> OfAgencyKind(AgencyKind kind) => OfAgencyKind(kind, SearchWeights.Name);

    public static IEnumerable<SearchField> OfService(Service service) =>
    [
        new SearchField(service.Name, SearchWeights.Name),
        new SearchField(service.Id, SearchWeights.Name),
        .. service.Keywords.Select(keyword => new SearchField(keyword, SearchWeights.Synonym)),
        new SearchField(service.Description, SearchWeights.Description),
    ];

    private IEnumerable<SearchField> OfAgencyKind(AgencyKind kind, double nameWeight) =>
    [
        new SearchField(kind.OfficialName, nameWeight),
        .. kind.Acronyms.Select(acronym => new SearchField(acronym, nameWeight)),
        .. kind.Synonyms.Select(synonym => new SearchField(synonym, SearchWeights.Synonym)),
        .. kind.Services.SelectMany(id => OfOfferedService(id, SearchWeights.Service)),
    ];

    /// <summary>A service something offers: its name, id and keywords, or just the id when the service list lacks it.</summary>
    private IEnumerable<SearchField> OfOfferedService(string serviceId, double weight) =>
        services.TryGetValue(serviceId, out var service)
            ? [new SearchField(service.Name, weight), new SearchField(service.Id, weight), .. service.Keywords.Select(keyword => new SearchField(keyword, weight))]
            : [new SearchField(serviceId, weight)];

    private IEnumerable<string> PlaceNames(RegionCodes codes) =>
        new[] { codes.Province, codes.Regency, codes.District, codes.Village }
            .OfType<string>()
            .Select(code => regions.TryGetValue(code, out var region) ? region.Name : null)
            .OfType<string>();

    /// <summary>First record wins on a duplicate id, so a slip in the reference lists cannot stop search from building.</summary>
    private static Dictionary<string, TRecord> ById<TRecord>(IEnumerable<TRecord> records, Func<TRecord, string> idOf)
    {
        var byId = new Dictionary<string, TRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            byId.TryAdd(idOf(record), record);
        }

        return byId;
    }
}
