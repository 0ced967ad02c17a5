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

    /// <summary>Every citation of the record: its own, its milestones', counters', stated services', counts', hours' and notes'.</summary>
    public IEnumerable<Citation> AllCitations() =>
        Citations
            .Concat(Milestones.SelectMany(m => m.Citations))
            .Concat(Counters.SelectMany(c => c.Citations))
            .Concat(StatedServices.Citations)
            .Concat(Observations.Select(o => o.Citation))
            .Concat(Hours.Citations)
            .Concat(Notes.SelectMany(n => n.Citations));
}
