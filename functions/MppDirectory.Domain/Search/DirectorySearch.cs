using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Search;

/// <summary>
/// Search a resident would use over the whole directory: by names, acronyms, synonyms, places and
/// services, tolerant of case, accents, punctuation and spacing. Built once; immutable and safe to
/// share between threads afterwards. Scoring is described on <see cref="SearchWeights"/>.
/// </summary>
public sealed class DirectorySearch
{
    private readonly SearchIndex<Mpp> mpps;
    private readonly SearchIndex<CounterMatch> counters;
    private readonly SearchIndex<AgencyKind> agencyKinds;
    private readonly SearchIndex<Service> services;

    public DirectorySearch(DirectoryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fields = new DirectoryFields(data);
        mpps = new SearchIndex<Mpp>(data.Mpps, fields.OfMpp, mpp => mpp.Id);
        counters = new SearchIndex<CounterMatch>(
            data.Mpps.SelectMany(mpp => mpp.Counters.Select(counter => new CounterMatch(mpp, counter))),
            match => fields.OfCounter(match.Counter),
            match => $"{match.Mpp.Id}/{match.Counter.Id}");
        agencyKinds = new SearchIndex<AgencyKind>(data.AgencyKinds, fields.OfAgencyKind, kind => kind.Id);
        services = new SearchIndex<Service>(data.Services, DirectoryFields.OfService, service => service.Id);
    }

    /// <summary>MPPs by name, place, address, venue, and the counters, agency kinds and services inside.</summary>
    public IReadOnlyList<SearchHit<Mpp>> Mpps(string query) => mpps.Search(query);

    /// <summary>Counters by stated name, agency kind (names, acronyms, synonyms) and services.</summary>
    public IReadOnlyList<SearchHit<CounterMatch>> Counters(string query) => counters.Search(query);

    /// <summary>Agency kinds by official name, acronyms, synonyms and usual services.</summary>
    public IReadOnlyList<SearchHit<AgencyKind>> AgencyKinds(string query) => agencyKinds.Search(query);

    /// <summary>Services by name, id, keywords and description.</summary>
    public IReadOnlyList<SearchHit<Service>> Services(string query) => services.Search(query);
}
