using System.Text.Json.Serialization;
namespace MppDirectory.Domain.Records;

/// <summary>A dated step in an MPP's life: construction phase, soft launch, grand launch, start of service.</summary>
public sealed record Milestone(
    MilestoneKind Kind,
    string Label,
    bool Planned,
    long? BudgetIdr,
    ReportedDate Date,
    IReadOnlyList<Citation> Citations);

[JsonConverter(typeof(KebabCaseEnumConverter<MilestoneKind>))]
public enum MilestoneKind
{
    Construction,
    OperatingSince,
    SoftLaunch,
    GrandLaunch,
}
