using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>A region as the API shows it: Kemendagri code and name.</summary>
public sealed record RegionRef(string Code, string Name);

/// <summary>The time zone an MPP's hours are in.</summary>
public sealed record TimeZoneRef(string Abbreviation, string Iana, int UtcOffsetHours);

public sealed record ResourceLinks(string Self);

/// <summary>An MPP in a list.</summary>
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
    ResourceLinks Links);

/// <summary>One MPP with everything the sources say of it.</summary>
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
    IReadOnlyList<Counter> Counters,
    StatedServices StatedServices,
    IReadOnlyList<Observation> Observations,
    HoursStatement Hours,
    IReadOnlyList<DataNote> Notes,
    IReadOnlyList<Citation> Citations,
    ResourceLinks Links);
