using MppDirectory.Domain.Records;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Api.Http.Schedules;

/// <summary>
/// Opening hours as the API shows them: the weekly hours, the same as an OpenStreetMap
/// <c>opening_hours</c> string and as schema.org, and open-now in the MPP's own time zone. When no
/// source states the hours, <see cref="Known"/> is false and every hours field is null.
/// </summary>
public sealed record ScheduleView(
    bool Known,
    HoursBasis Basis,
    string? Note,
    IReadOnlyList<Citation> Citations,
    WeeklySchedule? Weekly,
    string? OpeningHours,
    SchemaOrgOpeningHours? SchemaOrg,
    OpenStatus? Status);
