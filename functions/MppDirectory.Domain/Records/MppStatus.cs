namespace MppDirectory.Domain.Records;

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
        milestones.Where(m => !m.Planned).Select(m => m.Kind).DefaultIfEmpty().Max() switch
        {
            MilestoneKind.GrandLaunch => MppStatus.Launched,
            MilestoneKind.SoftLaunch or MilestoneKind.OperatingSince => MppStatus.SoftLaunched,
            MilestoneKind.Construction when milestones.Any(m => !m.Planned) => MppStatus.UnderConstruction,
            _ => MppStatus.Planned,
        };
}
