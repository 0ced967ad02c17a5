using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Domain.Counts;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>A region as the API shows it: Kemendagri code and name.</summary>
public sealed record RegionRef(string Code, string Name);

/// <summary>The time zone an MPP's hours are in.</summary>
public sealed record TimeZoneRef(string Abbreviation, string Iana, int UtcOffsetHours);

public sealed record ResourceLinks(PublicLink Self);

/// <summary>An MPP as other resources refer to it.</summary>
public sealed record MppRef(string Id, string Name, ResourceLinks Links);

public sealed record MppLinks(PublicLink Self, PublicLink Counters, PublicLink Schedule);

/// <summary>An agency kind as other resources refer to it.</summary>
public sealed record AgencyKindRef(string Id, string OfficialName, AgencyCategory Category);

/// <summary>An MPP in a list.</summary>
/// <param name="OpenNow">By the MPP's own hours; null when no source states them.</param>
/// <param name="VerifiedAt">When a steward last confirmed the MPP's record as still true; null when none has.</param>
/// <param name="VerificationDue">Whether the MPP's record is due for a steward's check: never checked, or not within the verification period.</param>
public sealed record MppSummary(
    string Id,
    string Name,
    MppStatus Status,
    RegionRef Province,
    RegionRef Regency,
    TimeZoneRef TimeZone,
    string? Address,
    string? Venue,
    int CounterCount,
    bool? OpenNow,
    DateTimeOffset? VerifiedAt,
    bool VerificationDue,
    ResourceLinks Links);

/// <summary>Counts as sources report them (dated, cited) beside counts derived from the directory's records.</summary>
public sealed record ServiceCounts(IReadOnlyList<Observation> Reported, DerivedCounts Derived);

/// <summary>One MPP with everything the sources say of it.</summary>
/// <param name="VerifiedAt">When a steward last confirmed the MPP's own record as still true, without changing it; null when none has.</param>
/// <param name="VerifiedBy">The pseudonymous steward registry id of who checked it (as change records name actors); null when none has.</param>
/// <param name="VerificationDueOn">The MPP's local date from which it is due for a check again; null when never checked (due already).</param>
/// <param name="VerificationDue">Whether the record is due for a steward's check now: never checked, or not within the verification period.</param>
public sealed record MppDetail(
    string Id,
    string Name,
    MppStatus Status,
    RegionRef Province,
    RegionRef Regency,
    RegionRef? District,
    RegionRef? Village,
    TimeZoneRef TimeZone,
    string? Address,
    string? Venue,
    int? Floors,
    Coordinates? Coordinates,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<CounterView> Counters,
    IReadOnlyList<string> Services,
    StatedServices StatedServices,
    ServiceCounts Counts,
    ScheduleView Hours,
    IReadOnlyList<MppNote> Notes,
    IReadOnlyList<Citation> Citations,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy,
    DateOnly? VerificationDueOn,
    bool VerificationDue,
    MppLinks Links);

/// <summary>A counter with its agency kind and the hours that apply to it.</summary>
/// <param name="Ended">When the counter stopped serving (status ended), as a source dates it; null while it serves.</param>
/// <param name="VerifiedAt">When a steward last confirmed the counter as still true; null when none has.</param>
/// <param name="VerifiedBy">The pseudonymous steward registry id of who checked it; null when none has.</param>
/// <param name="VerificationDueOn">The MPP's local date from which the counter is due for a check again; null when never checked or ended.</param>
/// <param name="VerificationDue">Whether the counter is due for a steward's check now; an ended counter never is.</param>
public sealed record CounterView(
    string Id,
    string StatedName,
    AgencyKindRef? AgencyKind,
    DateBasis AgencyBasis,
    CounterStatus Status,
    ReportedDate? Ended,
    IReadOnlyList<string> Services,
    ScheduleView Hours,
    IReadOnlyList<Citation> Citations,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy,
    DateOnly? VerificationDueOn,
    bool VerificationDue);

/// <summary>A data-quality note of the MPP, its text in the language asked for.</summary>
public sealed record MppNote(string Id, string Kind, string Text, IReadOnlyList<Citation> Citations);
