using System.Text.Json.Serialization;
namespace MppDirectory.Domain.Records;

[JsonConverter(typeof(KebabCaseEnumConverter<MppStatus>))]
public enum MppStatus
{
    Planned,
    UnderConstruction,
    SoftLaunched,
    Launched,
}

public static class MppStatusRules
{
    /// <summary>Planned milestones never raise the status; the furthest one that happened does.</summary>
    public static MppStatus From(IEnumerable<Milestone> milestones) =>
        milestones.Where(m => !m.Planned).Select(m => Reached(m.Kind)).DefaultIfEmpty(MppStatus.Planned).Max();

    /// <summary>The milestone that reached the current status first (the date to show beside it); null while planned.</summary>
    public static Milestone? Since(IReadOnlyList<Milestone> milestones)
    {
        var status = From(milestones);
        return milestones.Where(m => !m.Planned && Reached(m.Kind) == status).MinBy(m => m.Date.Value ?? "9999");
    }

    /// <summary>The status a milestone that happened reaches.</summary>
    public static MppStatus Reached(MilestoneKind kind) => kind switch
    {
        MilestoneKind.GrandLaunch => MppStatus.Launched,
        MilestoneKind.SoftLaunch or MilestoneKind.OperatingSince => MppStatus.SoftLaunched,
        _ => MppStatus.UnderConstruction,
    };
}
