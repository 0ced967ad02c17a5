namespace MppDirectory.Domain.Schedules;

/// <summary>The machine-readable reasons an MPP is closed, as published in the API.</summary>
public static class ClosedReasons
{
    /// <summary>A national holiday or cuti bersama day, and the schedule does not open on holidays.</summary>
    public const string Holiday = "holiday";

    /// <summary>A dated exception sets the day's hours (closed all day, or outside its special hours).</summary>
    public const string Exception = "exception";

    /// <summary>The weekday has no hours in the weekly schedule.</summary>
    public const string NotStaffed = "not-staffed";

    /// <summary>A normal working day, but before or after its hours.</summary>
    public const string OutsideHours = "outside-hours";

    /// <summary>The date is outside the schedule's ValidFrom/ValidThrough range.</summary>
    public const string OutsideValidity = "outside-validity";
}
