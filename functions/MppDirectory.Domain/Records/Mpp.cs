using System.Text.Json.Serialization;

namespace MppDirectory.Domain.Records;

/// <summary>A Mal Pelayanan Publik: one building with counters of many agencies.</summary>
/// <param name="Verified">
/// The last time a steward confirmed the record as still true without changing it; null when none has (seeds never
/// carry one). Left out of the JSON when null, so a record never checked keeps the revision it had.
/// </param>
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
    IReadOnlyList<DataNote> Notes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Verification? Verified = null)
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
