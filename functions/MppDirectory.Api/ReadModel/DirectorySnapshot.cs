using MppDirectory.Domain;
using MppDirectory.Domain.Counts;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Search;
using MppDirectory.Domain.Statistics;

namespace MppDirectory.Api.ReadModel;

/// <summary>
/// One immutable, indexed copy of the whole directory at one data version. Everything a read
/// needs is computed here once per version, not per request.
/// </summary>
public sealed class DirectorySnapshot
{
    private readonly Lazy<DirectoryStatistics> _statistics;
    private readonly Task<DirectorySearch> _search;

    /// <param name="verificationPeriodDays">After how many days a steward's check is due again (<see cref="DirectoryOptions.VerificationPeriodDays"/>).</param>
    public DirectorySnapshot(DirectoryData data, string version, int verificationPeriodDays = VerificationRules.DefaultPeriodDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(verificationPeriodDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(verificationPeriodDays, VerificationRules.MaxPeriodDays);
        Data = data;
        Version = version;
        VerificationPeriodDays = verificationPeriodDays;
        MppsById = data.Mpps.ToDictionary(m => m.Id, StringComparer.Ordinal);
        RegionsByCode = data.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        AgencyKindsById = data.AgencyKinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        ServicesById = data.Services.ToDictionary(s => s.Id, StringComparer.Ordinal);
        SourcesById = data.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        ServicesByMpp = data.Mpps.ToDictionary(m => m.Id, m => MppServices.Offered(m, AgencyKindsById), StringComparer.Ordinal);
        ServingMppsByAgencyKind = data.Mpps
            .SelectMany(m => m.Counters.Where(c => c.Status == CounterStatus.Serving).Select(c => (c.AgencyKind, Mpp: m)))
            .Distinct()
            .ToLookup(p => p.AgencyKind, p => p.Mpp, StringComparer.Ordinal);
        MppsByRegion = data.Mpps
            .SelectMany(m => new[] { (Code: m.RegionCodes.Province, Mpp: m), (Code: m.RegionCodes.Regency, Mpp: m) })
            .ToLookup(p => p.Code, p => p.Mpp, StringComparer.Ordinal);
        // The search index is most of the build (about 0.6 s at national scale): it builds beside the
        // first reads rather than before them.
        _search = Task.Run(() => new DirectorySearch(data));
        _statistics = new Lazy<DirectoryStatistics>(() => StatisticsCalculator.Compute(data));
    }

    public DirectoryData Data { get; }

    public string Version { get; }

    /// <summary>After how many days a steward's check of a record is due again.</summary>
    public int VerificationPeriodDays { get; }

    /// <summary>How the MPP stands against the verification period at <paramref name="now"/>.</summary>
    public VerificationState VerificationOf(Mpp mpp, DateTimeOffset now) => VerificationRules.Of(mpp, VerificationPeriodDays, now);

    /// <summary>How one of the MPP's counters stands against the verification period at <paramref name="now"/>.</summary>
    public VerificationState VerificationOf(Mpp mpp, Counter counter, DateTimeOffset now) => VerificationRules.Of(mpp, counter, VerificationPeriodDays, now);

    public IReadOnlyDictionary<string, Mpp> MppsById { get; }

    public IReadOnlyDictionary<string, Region> RegionsByCode { get; }

    public IReadOnlyDictionary<string, AgencyKind> AgencyKindsById { get; }

    public IReadOnlyDictionary<string, Service> ServicesById { get; }

    public IReadOnlyDictionary<string, Source> SourcesById { get; }

    /// <summary>The services each MPP offers (see <see cref="MppServices.Offered"/>), by MPP id.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> ServicesByMpp { get; }

    /// <summary>The MPPs where each agency kind has a serving counter, by agency kind id.</summary>
    public ILookup<string, Mpp> ServingMppsByAgencyKind { get; }

    /// <summary>The MPPs of each province and of each regency or city, by region code.</summary>
    public ILookup<string, Mpp> MppsByRegion { get; }

    /// <summary>The search index; a search in the first moments of a snapshot waits for it to be built.</summary>
    public DirectorySearch Search => _search.GetAwaiter().GetResult();

    /// <summary>Completes once <see cref="Search"/> is built.</summary>
    public Task SearchBuilt => _search;

    public DirectoryStatistics Statistics => _statistics.Value;

    public string? RegionName(string? code) => code is not null && RegionsByCode.TryGetValue(code, out var region) ? region.Name : null;
}
