using System.Text.Json.Serialization;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Records;

/// <summary>One agency's counter (gerai, loket) inside an MPP.</summary>
/// <param name="AgencyBasis">Whether the source names the agency or the directory inferred it from a service.</param>
/// <param name="Services">Service ids the sources tie to this counter; the agency kind's usual services are separate.</param>
/// <param name="Ended">When the counter stopped serving (status ended); the record stays, so its history does.</param>
/// <param name="Verified">The last time a steward confirmed the counter as still true; null when none has (left out of the JSON then).</param>
public sealed record Counter(
    string Id,
    string AgencyKind,
    string StatedName,
    DateBasis AgencyBasis,
    CounterStatus Status,
    IReadOnlyList<string> Services,
    IReadOnlyList<Citation> Citations,
    WeeklySchedule? Schedule = null,
    ReportedDate? Ended = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Verification? Verified = null);

[JsonConverter(typeof(KebabCaseEnumConverter<CounterStatus>))]
public enum CounterStatus
{
    Serving,
    JoiningLater,

    /// <summary>Named by a source only as an agency that might join.</summary>
    Possible,

    /// <summary>No longer serving, since the counter's <see cref="Counter.Ended"/> date.</summary>
    Ended,
}
