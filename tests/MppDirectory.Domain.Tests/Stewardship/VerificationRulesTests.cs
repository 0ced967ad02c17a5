using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;

namespace MppDirectory.Domain.Tests.Stewardship;

/// <summary>The due rule of steward's checks: a record checked on a local date is due the period's days later, from that local midnight.</summary>
public sealed class VerificationRulesTests
{
    private static readonly TimeZoneInfo Wib = IndonesianTimeZone.Wib.TimeZone;
    private static readonly TimeZoneInfo Wit = IndonesianTimeZone.Wit.TimeZone;

    // 7 December 2026, 10:15 WIB.
    private static readonly DateTimeOffset CheckedAt = new(2026, 12, 7, 3, 15, 0, TimeSpan.Zero);

    [Fact]
    public void ARecordNeverCheckedIsDueWithNoDates()
    {
        var state = VerificationRules.Of(null, Wib, VerificationRules.DefaultPeriodDays, CheckedAt);

        Assert.True(state.Due);
        Assert.Null(state.VerifiedAt);
        Assert.Null(state.VerifiedBy);
        Assert.Null(state.CheckedOn);
        Assert.Null(state.DueOn);
        Assert.Null(state.NextChangeAfter(CheckedAt)); // nothing the clock can change: only a check can
    }

    [Fact]
    public void ACheckIsDueAgainFromTheLocalMidnightOfTheDayThePeriodEnds()
    {
        var verification = new Verification(CheckedAt, "steward-0123456789ab");
        var dueFrom = new DateTimeOffset(2027, 6, 5, 0, 0, 0, TimeSpan.FromHours(7));

        var fresh = VerificationRules.Of(verification, Wib, 180, CheckedAt);
        var lastMoment = VerificationRules.Of(verification, Wib, 180, dueFrom.AddTicks(-1));
        var due = VerificationRules.Of(verification, Wib, 180, dueFrom);

        Assert.Equal(new DateOnly(2026, 12, 7), fresh.CheckedOn);
        Assert.Equal(new DateOnly(2027, 6, 5), fresh.DueOn);
        Assert.Equal(dueFrom, fresh.DueFrom);
        Assert.Equal("steward-0123456789ab", fresh.VerifiedBy);
        Assert.False(fresh.Due);
        Assert.False(lastMoment.Due);
        Assert.True(due.Due);
        Assert.Equal(dueFrom, fresh.NextChangeAfter(CheckedAt));
        Assert.Null(due.NextChangeAfter(dueFrom));
    }

    [Fact]
    public void TheDayOfTheCheckIsTheMppsLocalDay()
    {
        // 16:30 UTC on 6 December is 23:30 WIB the same day but 01:30 WIT on 7 December.
        var lateEvening = new Verification(new DateTimeOffset(2026, 12, 6, 16, 30, 0, TimeSpan.Zero), "steward-0123456789ab");

        Assert.Equal(new DateOnly(2026, 12, 6), VerificationRules.Of(lateEvening, Wib, 1, lateEvening.At).CheckedOn);
        Assert.Equal(new DateOnly(2026, 12, 7), VerificationRules.Of(lateEvening, Wit, 1, lateEvening.At).CheckedOn);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.FromHours(9)), VerificationRules.Of(lateEvening, Wit, 1, lateEvening.At).DueFrom);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(VerificationRules.MaxPeriodDays + 1)]
    public void APeriodOutsideItsBoundsIsRefused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VerificationRules.Of(null, Wib, days, CheckedAt));

    [Fact]
    public void AnEndedCounterIsNeverDueButKeepsItsLastCheck()
    {
        var verification = new Verification(CheckedAt, "steward-0123456789ab");
        var ended = Counter("ended", CounterStatus.Ended, verification);
        var mpp = Mpp(new Verification(CheckedAt, "steward-0123456789ab"), ended);

        var state = VerificationRules.Of(mpp, ended, 30, CheckedAt.AddYears(2));

        Assert.False(state.Due);
        Assert.Null(state.DueOn);
        Assert.Equal(CheckedAt, state.VerifiedAt);
        Assert.Null(VerificationRules.NextChange(mpp with { Verified = null }, 30, CheckedAt));
    }

    [Fact]
    public void TheNextChangeOfAnMppIsTheEarliestDueInstantOfItAndItsServingCounters()
    {
        var earlier = new Verification(CheckedAt.AddDays(-10), "steward-0123456789ab");
        var mpp = Mpp(new Verification(CheckedAt, "steward-0123456789ab"), Counter("a", CounterStatus.Serving, earlier), Counter("b", CounterStatus.Serving, null));

        Assert.Equal(new DateTimeOffset(2026, 12, 27, 0, 0, 0, TimeSpan.FromHours(7)), VerificationRules.NextChange(mpp, 30, CheckedAt));
        Assert.True(VerificationRules.AnythingDue(mpp, 30, CheckedAt)); // counter b was never checked
        Assert.False(VerificationRules.AnythingDue(mpp with { Counters = [mpp.Counters[0]] }, 30, CheckedAt));
        Assert.True(VerificationRules.AnythingDue(mpp with { Counters = [mpp.Counters[0]] }, 30, CheckedAt.AddDays(21)));
    }

    private static Counter Counter(string id, CounterStatus status, Verification? verified) =>
        new(id, "dukcapil", "Loket uji", DateBasis.Stated, status, [], [], Verified: verified);

    private static Mpp Mpp(Verification? verified, params Counter[] counters) =>
        new("mpp-uji", "MPP uji", new RegionCodes("33", "33.75", null, null), null, null, null, null, [], [], counters,
            new StatedServices([], []), [], new HoursStatement(null, []), [], verified);
}
