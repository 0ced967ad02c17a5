using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Domain.Records;

/// <summary>What the sources say about opening hours; no <see cref="Schedule"/> until a source states them.</summary>
/// <param name="Note">The directory's own summary of what the sources say, when there is more to say than the default.</param>
public sealed record HoursStatement(LocalizedText? Note, IReadOnlyList<Citation> Citations, WeeklySchedule? Schedule = null)
{
    /// <summary>What the directory says when no source states the hours.</summary>
    public static LocalizedText NotStated { get; } = new(
        "Tidak ada sumber yang menyebutkan jam buka.",
        "No source states opening hours.");

    public bool Known => Schedule is not null;

    /// <summary>The note to show: the stated one, else <see cref="NotStated"/> while the hours are unknown.</summary>
    public LocalizedText? Describe() => Note ?? (Known ? null : NotStated);
}
