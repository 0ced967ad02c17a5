using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>From the stored record to its wire shapes.</summary>
public static class MppMapping
{
    public static string SelfLink(string id) => "/api/v1/mpps/" + Uri.EscapeDataString(id);

    public static MppSummary AsSummary(this Mpp mpp, DirectorySnapshot snapshot) => new(
        mpp.Id,
        mpp.Name,
        mpp.Status,
        snapshot.Region(mpp.RegionCodes.Province),
        snapshot.Region(mpp.RegionCodes.Regency),
        ZoneOf(mpp),
        mpp.Address,
        mpp.Venue,
        mpp.Counters.Count,
        new ResourceLinks(SelfLink(mpp.Id)));

    public static MppDetail AsDetail(this Mpp mpp, DirectorySnapshot snapshot) => new(
        mpp.Id,
        mpp.Name,
        mpp.Status,
        snapshot.Region(mpp.RegionCodes.Province),
        snapshot.Region(mpp.RegionCodes.Regency),
        mpp.RegionCodes.District is { } district ? snapshot.Region(district) : null,
        mpp.RegionCodes.Village is { } village ? snapshot.Region(village) : null,
        ZoneOf(mpp),
        mpp.Address,
        mpp.Venue,
        mpp.Floors,
        mpp.Coordinates,
        mpp.Milestones,
        mpp.Counters,
        mpp.StatedServices,
        mpp.Observations,
        mpp.Hours,
        mpp.Notes,
        mpp.Citations,
        new ResourceLinks(SelfLink(mpp.Id)));

    private static RegionRef Region(this DirectorySnapshot snapshot, string code) =>
        new(code, snapshot.RegionName(code) ?? code);

    private static TimeZoneRef ZoneOf(Mpp mpp)
    {
        var zone = IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province);
        return new TimeZoneRef(zone.Abbreviation, zone.IanaId, zone.UtcOffsetHours);
    }
}
