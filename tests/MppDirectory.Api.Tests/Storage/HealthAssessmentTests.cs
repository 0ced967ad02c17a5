using MppDirectory.Api.Http.Health;
using MppDirectory.Api.ReadModel;
using MppDirectory.Storage.Records;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Storage;

/// <summary>Health from the refresher's last view, and the refresher's waits: pure logic, no storage.</summary>
public sealed class HealthAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DirectoryOptions Options = new();
    private static readonly DirectorySnapshot Snapshot = new(TestSeed.Data, "v1");
    private static readonly DataVersion Stored = new("v1", Now.AddDays(-1));

    [Fact]
    public void FreshAnswerIsHealthy()
    {
        var report = HealthApi.Assess(Snapshot, new RefreshStatus(Now.AddSeconds(-2), null, Stored, true, null), Options, Now);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal("v1", report.DataVersion);
        Assert.Equal(2, report.DataAgeSeconds);
    }

    [Fact]
    public void AFailedRefreshWithDataLoadedIsDegradedAndSaysWhy()
    {
        var report = HealthApi.Assess(Snapshot, new RefreshStatus(Now.AddSeconds(-40), null, Stored, true, "Storage could not be reached."), Options, Now);

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.False(report.StorageReachable);
        Assert.Contains("Storage could not be reached.", report.Detail, StringComparison.Ordinal);
        Assert.Equal(40, report.DataAgeSeconds);
    }

    [Fact]
    public void ACheckInFlightLongerThanTheSlowMarkIsDegraded()
    {
        var slow = HealthApi.Assess(Snapshot, new RefreshStatus(Now.AddSeconds(-3), Now.AddSeconds(-2), Stored, true, null), Options, Now);
        var quick = HealthApi.Assess(Snapshot, new RefreshStatus(Now.AddSeconds(-3), Now.AddMilliseconds(-200), Stored, true, null), Options, Now);

        Assert.Equal(HealthStatus.Degraded, slow.Status);
        Assert.Equal(HealthStatus.Healthy, quick.Status);
    }

    [Fact]
    public void DataNotConfirmedForLongIsDegraded()
    {
        var report = HealthApi.Assess(Snapshot, new RefreshStatus(Now.AddMinutes(-5), null, Stored, true, null), Options, Now);

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.True(report.StorageReachable);
    }

    [Fact]
    public void NothingLoadedIsUnhealthyOrUnseeded()
    {
        Assert.Equal(HealthStatus.Unhealthy, HealthApi.Assess(null, RefreshStatus.Starting, Options, Now).Status);
        Assert.Equal(HealthStatus.Unhealthy, HealthApi.Assess(null, RefreshStatus.Starting with { LastError = "x" }, Options, Now).Status);
        Assert.Equal(HealthStatus.Unseeded, HealthApi.Assess(null, new RefreshStatus(Now, null, null, false, null), Options, Now).Status);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 30)]
    [InlineData(20, 30)]
    public void RefreshWaitsDoubleWhileStorageFailsUpToTheMaximum(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), ReadModelRefresher.NextWait(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), failures));
    }

    [Fact]
    public void AZeroIntervalDoesNotSpin()
    {
        Assert.True(ReadModelRefresher.NextWait(TimeSpan.Zero, TimeSpan.Zero, 0) >= TimeSpan.FromMilliseconds(50));
        Assert.True(ReadModelRefresher.NextWait(TimeSpan.Zero, TimeSpan.Zero, 3) >= TimeSpan.FromMilliseconds(50));
    }
}
