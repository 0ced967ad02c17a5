using System.Text.Json.Serialization;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Domain.Records;

/// <summary>A national holiday or collective-leave day, with the decree or source that sets it.</summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind, string Source);

[JsonConverter(typeof(KebabCaseEnumConverter<HolidayKind>))]
public enum HolidayKind
{
    LiburNasional,
    CutiBersama,
}

/// <summary>The holiday calendar and what is known of its completeness.</summary>
public sealed record HolidayCalendar(LocalizedText Note, IReadOnlyList<Holiday> Days);
