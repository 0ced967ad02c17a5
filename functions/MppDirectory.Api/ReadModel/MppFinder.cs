using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Api.ReadModel;

public static class MppFinder
{
    /// <summary>
    /// The MPPs that meet every criterion: by relevance when there is search text, else by name.
    /// Open-now keeps only MPPs whose hours are known to give that answer.
    /// </summary>
    public static IReadOnlyList<Mpp> Find(this DirectorySnapshot snapshot, MppCriteria criteria, DateTimeOffset now)
    {
        var candidates = criteria.Text is { } text
            ? snapshot.Search.Mpps(text).Select(hit => hit.Item)
            : snapshot.Data.Mpps.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal);

        return [.. candidates.Where(mpp =>
            (criteria.Province is null || mpp.RegionCodes.Province == criteria.Province)
            && (criteria.Regency is null || mpp.RegionCodes.Regency == criteria.Regency)
            && (criteria.AgencyKind is null || snapshot.ServingMppsByAgencyKind[criteria.AgencyKind].Contains(mpp))
            && (criteria.Service is null || snapshot.ServicesByMpp[mpp.Id].Contains(criteria.Service))
            && (criteria.Status is null || mpp.Status == criteria.Status)
            && (criteria.OpenNow is null || snapshot.IsOpen(mpp, now) == criteria.OpenNow)
            && (criteria.VerificationDue is null || snapshot.VerificationOf(mpp, now).Due == criteria.VerificationDue))];
    }

    /// <summary>Open now by the MPP's own hours; null when no source states them.</summary>
    public static bool? IsOpen(this DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now) =>
        mpp.Hours.Schedule is { } schedule
            ? ScheduleClock.StatusAt(schedule, snapshot.Data.Holidays.Days, IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province).TimeZone, now).IsOpen
            : null;
}
