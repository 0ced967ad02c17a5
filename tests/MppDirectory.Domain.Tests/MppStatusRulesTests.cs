using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Tests;

public sealed class MppStatusRulesTests
{
    private static Milestone Step(MilestoneKind kind, bool planned = false) =>
        new(kind, kind.ToString(), planned, null, new ReportedDate("2024-01-01", DatePrecision.Day, DateBasis.Stated, "1/1/2024"), []);

    [Fact]
    public void NoMilestonesMeansPlanned() => Assert.Equal(MppStatus.Planned, MppStatusRules.From([]));

    [Fact]
    public void PlannedLaunchDoesNotRaiseTheStatus() =>
        Assert.Equal(MppStatus.UnderConstruction, MppStatusRules.From([Step(MilestoneKind.Construction), Step(MilestoneKind.SoftLaunch, planned: true)]));

    [Fact]
    public void SoftLaunchMeansSoftLaunched() =>
        Assert.Equal(MppStatus.SoftLaunched, MppStatusRules.From([Step(MilestoneKind.Construction), Step(MilestoneKind.SoftLaunch)]));

    [Fact]
    public void GrandLaunchWinsOverEarlierSteps() =>
        Assert.Equal(MppStatus.Launched, MppStatusRules.From([Step(MilestoneKind.GrandLaunch), Step(MilestoneKind.SoftLaunch)]));
}
