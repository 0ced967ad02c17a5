using MppDirectory.Domain.Records;

namespace MppDirectory.Domain;

/// <summary>The whole directory as stored: every MPP with its counters, and the reference lists they use.</summary>
public sealed record DirectoryData(
    IReadOnlyList<Mpp> Mpps,
    IReadOnlyList<AgencyKind> AgencyKinds,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Region> Regions,
    HolidayCalendar Holidays);
