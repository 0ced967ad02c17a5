using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Statistics;

/// <summary>Totals derived from the directory's records: national, per province, and per agency kind.</summary>
public sealed record DirectoryStatistics(
    NationalTotals National,
    IReadOnlyList<ProvinceTotals> Provinces,
    IReadOnlyList<AgencyCoverage> Agencies);

public sealed record NationalTotals(
    int Mpps,
    IReadOnlyDictionary<MppStatus, int> MppsByStatus,
    int Counters,
    IReadOnlyDictionary<CounterStatus, int> CountersByStatus,
    int AgencyKindsPresent,
    int ProvincesWithMpp,
    int RegenciesWithMpp,
    int Regencies);

public sealed record ProvinceTotals(string Code, string Name, int Mpps, int RegenciesWithMpp, int Regencies, int Counters);

/// <summary>In how many MPPs an agency kind has a serving counter.</summary>
public sealed record AgencyCoverage(string AgencyKind, string OfficialName, AgencyCategory Category, int Mpps, double ShareOfMpps);
