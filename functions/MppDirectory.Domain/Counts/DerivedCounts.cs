using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Counts;

/// <summary>
/// Counts computed from the directory's own records, as opposed to the counts sources report:
/// they are only as complete as the counters the sources name.
/// </summary>
public sealed record DerivedCounts(int Counters, int ServingCounters, int AgencyKinds, int Services)
{
    public static DerivedCounts Of(Mpp mpp, IReadOnlyDictionary<string, AgencyKind> kinds)
    {
        var serving = mpp.Counters.Where(c => c.Status == CounterStatus.Serving).ToList();
        return new DerivedCounts(
            mpp.Counters.Count,
            serving.Count,
            serving.Select(c => c.AgencyKind).Distinct(StringComparer.Ordinal).Count(),
            MppServices.Offered(mpp, kinds).Count);
    }
}
