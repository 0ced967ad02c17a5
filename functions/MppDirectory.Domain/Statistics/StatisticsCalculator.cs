using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Statistics;

public static class StatisticsCalculator
{
    public static DirectoryStatistics Compute(DirectoryData data)
    {
        var regencies = data.Regions.Where(r => r.Level == RegionLevel.Regency).ToList();
        var counters = data.Mpps.SelectMany(m => m.Counters).ToList();

        var national = new NationalTotals(
            data.Mpps.Count,
            Enum.GetValues<MppStatus>().ToDictionary(s => s, s => data.Mpps.Count(m => m.Status == s)),
            counters.Count,
            Enum.GetValues<CounterStatus>().ToDictionary(s => s, s => counters.Count(c => c.Status == s)),
            counters.Where(c => c.Status == CounterStatus.Serving).Select(c => c.AgencyKind).Distinct(StringComparer.Ordinal).Count(),
            data.Mpps.Select(m => m.RegionCodes.Province).Distinct(StringComparer.Ordinal).Count(),
            data.Mpps.Select(m => m.RegionCodes.Regency).Distinct(StringComparer.Ordinal).Count(),
            regencies.Count);

        var provinces = data.Regions
            .Where(r => r.Level == RegionLevel.Province)
            .Select(province =>
            {
                var mpps = data.Mpps.Where(m => m.RegionCodes.Province == province.Code).ToList();
                return new ProvinceTotals(
                    province.Code,
                    province.Name,
                    mpps.Count,
                    mpps.Select(m => m.RegionCodes.Regency).Distinct(StringComparer.Ordinal).Count(),
                    regencies.Count(r => r.ParentCode == province.Code),
                    mpps.Sum(m => m.Counters.Count));
            })
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();

        var agencies = data.AgencyKinds
            .Select(kind =>
            {
                var hosting = data.Mpps.Count(m => m.Counters.Any(c => c.AgencyKind == kind.Id && c.Status == CounterStatus.Serving));
                return new AgencyCoverage(kind.Id, kind.OfficialName, kind.Category, hosting, data.Mpps.Count == 0 ? 0 : Math.Round((double)hosting / data.Mpps.Count, 4));
            })
            .OrderByDescending(a => a.Mpps)
            .ThenBy(a => a.AgencyKind, StringComparer.Ordinal)
            .ToList();

        return new DirectoryStatistics(national, provinces, agencies);
    }
}
