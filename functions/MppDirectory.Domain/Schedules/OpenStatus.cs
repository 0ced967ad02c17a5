namespace MppDirectory.Domain.Schedules;

/// <summary>
/// Whether an MPP is open at one instant, seen in its own local time. Every instant is expressed
/// with the MPP's UTC offset (e.g. +08:00 for WITA) so clients can show it as is.
/// </summary>
/// <param name="NextOpening">When closed, the next opening; when open, the opening after the current one ends.</param>
/// <param name="NextClosing">When open, the real closing (touching spans merged); when closed, the end of the next opening.</param>
/// <param name="ClosedReason">One of <see cref="ClosedReasons"/> when closed; null when open.</param>
/// <param name="Occasion">The holiday or exception name behind <paramref name="ClosedReason"/>, where there is one.</param>
public sealed record OpenStatus(
    bool IsOpen,
    DateOnly LocalDate,
    TimeOnly LocalTime,
    DateTimeOffset? NextOpening,
    DateTimeOffset? NextClosing,
    string? ClosedReason,
    string? Occasion)
{
    /// <summary>The next closing when open, the next opening when closed; null when none is in sight.</summary>
    public DateTimeOffset? NextChange => IsOpen ? NextClosing : NextOpening;
}
