using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Counts;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>From the stored record to its wire shapes.</summary>
public static class MppMapping
{
    public static string SelfLink(string id) => "/api/v1/mpps/" + Uri.EscapeDataString(id);

    public static string CounterLink(string id, string counterId) => SelfLink(id) + "/counters/" + Uri.EscapeDataString(counterId);

    public static MppSummary AsSummary(this Mpp mpp, DirectorySnapshot snapshot, DateTimeOffset now) => new(
        mpp.Id,
        mpp.Name,
        mpp.Status,
        snapshot.Region(mpp.RegionCodes.Province),
        snapshot.Region(mpp.RegionCodes.Regency),
        ZoneOf(mpp),
        mpp.Address,
        mpp.Venue,
        mpp.Counters.Count,
        snapshot.IsOpen(mpp, now),
        mpp.Verified?.At,
        snapshot.VerificationOf(mpp, now).Due,
        new ResourceLinks(SelfLink(mpp.Id)));

    public static MppDetail AsDetail(this Mpp mpp, DirectorySnapshot snapshot, DateTimeOffset now, Language language) =>
        AsDetail(mpp, snapshot, now, language, snapshot.VerificationOf(mpp, now));

    private static MppDetail AsDetail(Mpp mpp, DirectorySnapshot snapshot, DateTimeOffset now, Language language, VerificationState verification) => new(
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
        [.. mpp.Counters.Select(c => c.AsView(mpp, snapshot, now, language))],
        [.. snapshot.ServicesByMpp[mpp.Id]],
        mpp.StatedServices,
        new ServiceCounts(mpp.Observations, DerivedCounts.Of(mpp, snapshot.AgencyKindsById)),
        ScheduleViews.For(snapshot, mpp, null, now, language),
        [.. mpp.Notes.Select(n => new MppNote(n.Id, n.Kind, n.Text.In(language), n.Citations))],
        mpp.Citations,
        verification.VerifiedAt,
        verification.VerifiedBy,
        verification.DueOn,
        verification.Due,
        new MppLinks(SelfLink(mpp.Id), SelfLink(mpp.Id) + "/counters", SelfLink(mpp.Id) + "/schedule"));

    public static CounterView AsView(this Counter counter, Mpp mpp, DirectorySnapshot snapshot, DateTimeOffset now, Language language) =>
        AsView(counter, mpp, snapshot, now, language, snapshot.VerificationOf(mpp, counter, now));

    private static CounterView AsView(Counter counter, Mpp mpp, DirectorySnapshot snapshot, DateTimeOffset now, Language language, VerificationState verification) => new(
        counter.Id,
        counter.StatedName,
        snapshot.AgencyKindsById.TryGetValue(counter.AgencyKind, out var kind) ? kind.AsRef() : null,
        counter.AgencyBasis,
        counter.Status,
        counter.Ended,
        counter.Services,
        ScheduleViews.For(snapshot, mpp, counter, now, language),
        counter.Citations,
        verification.VerifiedAt,
        verification.VerifiedBy,
        verification.DueOn,
        verification.Due);

    public static MppRef AsRef(this Mpp mpp) => new(mpp.Id, mpp.Name, new ResourceLinks(SelfLink(mpp.Id)));

    public static AgencyKindRef AsRef(this AgencyKind kind) => new(kind.Id, kind.OfficialName, kind.Category);

    public static RegionRef Region(this DirectorySnapshot snapshot, string code) =>
        new(code, snapshot.RegionName(code) ?? code);

    private static TimeZoneRef ZoneOf(Mpp mpp)
    {
        var zone = IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province);
        return new TimeZoneRef(zone.Abbreviation, zone.IanaId, zone.UtcOffsetHours);
    }
}
