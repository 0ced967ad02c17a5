using System.Text.Json.Serialization;
namespace MppDirectory.Domain.Records;

/// <summary>A count a source reports on a date, such as 23 counters or the 49th MPP in Indonesia.</summary>
public sealed record Observation(
    ObservationMetric Metric,
    long Value,
    string Qualifier,
    ReportedDate ObservedOn,
    Citation Citation);

[JsonConverter(typeof(KebabCaseEnumConverter<ObservationMetric>))]
public enum ObservationMetric
{
    Counters,
    Agencies,
    ServiceTypes,
    ServiceUnits,
    DailyVisitors,
    NationalRank,
    RegionalRank,
}
