using MppDirectory.Domain.Regions;

namespace MppDirectory.Domain.Records;

/// <summary>
/// A steward's confirmation that a record (an MPP, or one counter) was still true when checked, without changing it.
/// </summary>
/// <param name="At">When the steward checked it.</param>
/// <param name="By">
/// The steward's pseudonymous registry id (the id a change record's actor carries), never a name: who checked is
/// public, as every change's actor id is.
/// </param>
public sealed record Verification(DateTimeOffset At, string By);

/// <summary>
/// How a record stands against the verification period: when it was last checked and by whom, the local date from
/// which it is due for a check again, and whether it is due now (never checked, or checked longer ago than the period).
/// </summary>
/// <param name="CheckedOn">The MPP's local date of the last check; null when never checked.</param>
/// <param name="DueOn">The MPP's local date from which the record is due again; null when never checked (due already).</param>
/// <param name="DueFrom">The instant <paramref name="DueOn"/> begins (local midnight); null when never checked.</param>
public sealed record VerificationState(DateTimeOffset? VerifiedAt, string? VerifiedBy, DateOnly? CheckedOn, DateOnly? DueOn, bool Due, DateTimeOffset? DueFrom)
{
    /// <summary>
    /// The first instant after <paramref name="now"/> at which <see cref="Due"/> turns true, if it is still ahead:
    /// an answer that says "not due" holds until then and no longer.
    /// </summary>
    public DateTimeOffset? NextChangeAfter(DateTimeOffset now) => DueFrom is { } from && from > now ? from : null;
}

/// <summary>
/// The rule of verification dates, as pure logic: a record checked on a local date is due again the period's
/// number of days later, from that day's local midnight in the MPP's time zone. Due on a date, not at the
/// instant of the check plus the period: a reader (and a steward's list) reckons in days, and every local
/// midnight already ends the window in which clock-bound answers are kept.
/// </summary>
public static class VerificationRules
{
    /// <summary>The period after which a record is due for a check again, unless configured otherwise.</summary>
    public const int DefaultPeriodDays = 180;

    /// <summary>The longest period one may configure (ten years): a due date must stay a date.</summary>
    public const int MaxPeriodDays = 3660;

    /// <summary>How <paramref name="verification"/> (null: never checked) stands at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static VerificationState Of(Verification? verification, TimeZoneInfo zone, int periodDays, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periodDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(periodDays, MaxPeriodDays);
        if (verification is null)
        {
            return new VerificationState(null, null, null, null, Due: true, null);
        }

        var checkedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(verification.At, zone).DateTime);
        var dueOn = checkedOn.AddDays(periodDays);
        var midnight = dueOn.ToDateTime(TimeOnly.MinValue);
        var dueFrom = new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
        return new VerificationState(verification.At, verification.By, checkedOn, dueOn, now >= dueFrom, dueFrom);
    }

    /// <summary>The MPP's own verification state, in its province's time zone.</summary>
    public static VerificationState Of(Mpp mpp, int periodDays, DateTimeOffset now) =>
        Of(mpp.Verified, ZoneOf(mpp), periodDays, now);

    /// <summary>
    /// One counter's verification state, in its MPP's time zone. An ended counter keeps its record as it ended: it
    /// is never due (and cannot be verified), though its last check, if any, is still shown.
    /// </summary>
    public static VerificationState Of(Mpp mpp, Counter counter, int periodDays, DateTimeOffset now) =>
        counter.Status == CounterStatus.Ended
            ? Of(counter.Verified, ZoneOf(mpp), periodDays, now) with { DueOn = null, Due = false, DueFrom = null }
            : Of(counter.Verified, ZoneOf(mpp), periodDays, now);

    /// <summary>
    /// Whether anything of the MPP (the MPP itself, or a counter that has not ended) is due for a check at
    /// <paramref name="now"/>: what a steward's list shows first. An ended counter keeps its record as it ended
    /// and is never due.
    /// </summary>
    public static bool AnythingDue(Mpp mpp, int periodDays, DateTimeOffset now) =>
        Of(mpp, periodDays, now).Due || mpp.Counters.Any(c => Of(mpp, c, periodDays, now).Due);

    /// <summary>The first instant after <paramref name="now"/> at which the MPP or one of its counters becomes due; null when none will.</summary>
    public static DateTimeOffset? NextChange(Mpp mpp, int periodDays, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        var serving = mpp.Counters.Where(c => c.Status != CounterStatus.Ended);
        foreach (var verification in serving.Select(c => c.Verified).Prepend(mpp.Verified).OfType<Verification>())
        {
            // Only what was checked can fall due later; the zone is looked up for those alone (a list of every MPP asks this).
            if (Of(verification, ZoneOf(mpp), periodDays, now).NextChangeAfter(now) is { } change && (next is null || change < next))
            {
                next = change;
            }
        }

        return next;
    }

    private static TimeZoneInfo ZoneOf(Mpp mpp) => IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province).TimeZone;
}
