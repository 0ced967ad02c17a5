using System.Text.Json.Serialization;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Records;

/// <summary>The hours that apply to an MPP or one of its counters, and where they come from.</summary>
public sealed record EffectiveHours(WeeklySchedule? Schedule, HoursBasis Basis)
{
    /// <summary>A counter keeps its own stated hours, or else the MPP's; an ended counter has none; the MPP has its own or none.</summary>
    public static EffectiveHours Of(Mpp mpp, Counter? counter = null) =>
        (counter?.Schedule, mpp.Hours.Schedule) switch
        {
            _ when counter?.Status == CounterStatus.Ended => new(null, HoursBasis.CounterEnded),
            ({ } own, _) => new(own, HoursBasis.Stated),
            (null, { } building) => new(building, counter is null ? HoursBasis.Stated : HoursBasis.InheritedFromMpp),
            _ => new(null, HoursBasis.Unknown),
        };
}

[JsonConverter(typeof(KebabCaseEnumConverter<HoursBasis>))]
public enum HoursBasis
{
    Unknown,
    Stated,
    InheritedFromMpp,

    /// <summary>The counter no longer serves, so no hours apply to it.</summary>
    CounterEnded,
}
