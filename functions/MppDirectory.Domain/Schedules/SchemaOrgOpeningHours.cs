namespace MppDirectory.Domain.Schedules;

/// <summary>The schema.org hours of a place: its weekly hours and the special hours of a date window.</summary>
public sealed record SchemaOrgOpeningHours(
    IReadOnlyList<OpeningHoursSpecification> OpeningHoursSpecification,
    IReadOnlyList<OpeningHoursSpecification> SpecialOpeningHoursSpecification);
