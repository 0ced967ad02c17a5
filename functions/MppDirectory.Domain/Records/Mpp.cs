namespace MppDirectory.Domain.Records;

/// <summary>A Mal Pelayanan Publik: one building with counters of many agencies.</summary>
public sealed record Mpp(
    string Id,
    string Name,
    RegionCodes RegionCodes,
    string? Address,
    string? Venue,
    int? Floors,
    Coordinates? Coordinates,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<Counter> Counters,
    StatedServices StatedServices,
    IReadOnlyList<Observation> Observations,
    HoursStatement Hours,
    IReadOnlyList<DataNote> Notes)
{
    /// <summary>The furthest phase that has happened, by the recorded milestones.</summary>
    public MppStatus Status => MppStatusRules.From(Milestones);
}
