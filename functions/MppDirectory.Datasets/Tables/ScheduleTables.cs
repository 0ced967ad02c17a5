using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Datasets.Tables;

/// <summary>Stated opening hours: one schedule per MPP or counter, its weekly spans, and its dated exceptions.</summary>
public static class ScheduleTables
{
    /// <summary>Every stated schedule with its id and owner; counters without one follow their MPP's.</summary>
    public static IEnumerable<OwnedSchedule> All(IReadOnlyList<Mpp> mpps) =>
        mpps.SelectMany(m => m.Counters
            .Where(c => c.Schedule is not null)
            .Select(c => new OwnedSchedule(RecordIds.CounterSchedule(m, c), m, c, c.Schedule!))
            .Prepend(m.Hours.Schedule is { } hours ? new OwnedSchedule(RecordIds.MppSchedule(m), m, null, hours) : null)
            .OfType<OwnedSchedule>());

    public static DataTable Schedules(IReadOnlyList<Mpp> mpps) => new TableShape<OwnedSchedule>(
        "schedules",
        "Schedules",
        "Opening hours a source states, for an MPP or one counter, in the MPP's local time. A counter without a row here keeps its MPP's hours. Closed on national holidays and cuti bersama unless open_on_holidays.",
        [
            Column.Text<OwnedSchedule>("schedule_id", "mpp_id for an MPP's hours, counter_id for a counter's.", s => s.Id, required: true),
            Column.Text<OwnedSchedule>("mpp_id", "The MPP (mpps.mpp_id).", s => s.Mpp.Id, required: true),
            Column.Text<OwnedSchedule>("counter_id", "The counter (counters.counter_id); empty for the MPP's own hours.", s => s.Counter is null ? null : RecordIds.Counter(s.Mpp, s.Counter)),
            Column.Text<OwnedSchedule>("time_zone", "IANA time zone of the hours.", s => IndonesianTimeZone.OfRegion(s.Mpp.RegionCodes.Province).IanaId, required: true),
            Column.Date<OwnedSchedule>("valid_from", "First day the hours apply, where stated.", s => s.Schedule.ValidFrom),
            Column.Date<OwnedSchedule>("valid_through", "Last day the hours apply, where stated.", s => s.Schedule.ValidThrough),
            Column.Boolean<OwnedSchedule>("open_on_holidays", "Whether the hours also apply on national holidays and cuti bersama.", s => s.Schedule.OpenOnHolidays),
            Column.Text<OwnedSchedule>("opening_hours", "The same hours in OpenStreetMap opening_hours syntax.", s => OsmOpeningHours.Format(s.Schedule), required: true),
        ],
        ["schedule_id"],
        [new("mpp_id", "mpps", "mpp_id"), new("counter_id", "counters", "counter_id")]).Build(All(mpps));

    public static DataTable Hours(IReadOnlyList<Mpp> mpps) => new TableShape<HoursRow>(
        "schedule_hours",
        "Weekly hours",
        "One row per opening span of a weekday. A weekday without rows is a day the MPP or counter is not staffed.",
        [
            Column.Text<HoursRow>("schedule_id", "The schedule (schedules.schedule_id).", r => r.Owner.Id, required: true),
            Column.WholeNumber<HoursRow>("day_of_week", "ISO 8601 weekday: 1 = Monday ... 7 = Sunday.", r => IsoDay(r.Day.Day), required: true),
            Column.OneOf<HoursRow>("day", "The weekday's name.", EnumNames.All<DayOfWeek>(), r => EnumNames.Of(r.Day.Day)),
            Column.WholeNumber<HoursRow>("span", "The span's position within the day, from 1.", r => r.Position, required: true),
            Column.Time<HoursRow>("opens", "Local opening time.", r => r.Span.Opens, required: true),
            Column.Time<HoursRow>("closes", "Local closing time; at or before opens means past midnight (00:00:00 is midnight).", r => r.Span.Closes, required: true),
            Column.Boolean<HoursRow>("past_midnight", "Whether the span runs into the next day.", r => r.Span.Closes <= r.Span.Opens),
        ],
        ["schedule_id", "day_of_week", "span"],
        [new("schedule_id", "schedules", "schedule_id")])
        .Build(All(mpps).SelectMany(o => o.Schedule.Days.SelectMany(d => d.Spans.Select((s, i) => new HoursRow(o, d, s, i + 1)))));

    public static DataTable Exceptions(IReadOnlyList<Mpp> mpps) => new TableShape<ExceptionRow>(
        "schedule_exceptions",
        "Schedule exceptions",
        "Dated exceptions to the weekly hours: one row per opening span in the date range, or one row with closed = true.",
        [
            Column.Text<ExceptionRow>("schedule_id", "The schedule (schedules.schedule_id).", r => r.Owner.Id, required: true),
            Column.Date<ExceptionRow>("from_date", "First day of the exception.", r => r.Exception.From, required: true),
            Column.Date<ExceptionRow>("through_date", "Last day of the exception.", r => r.Exception.Through, required: true),
            Column.WholeNumber<ExceptionRow>("span", "The span's position within each day, from 1.", r => r.Position, required: true),
            Column.Boolean<ExceptionRow>("closed", "Whether the MPP or counter is closed on these days.", r => r.Span is null),
            Column.Time<ExceptionRow>("opens", "Local opening time; empty when closed.", r => r.Span?.Opens),
            Column.Time<ExceptionRow>("closes", "Local closing time; empty when closed.", r => r.Span?.Closes),
            Column.Text<ExceptionRow>("reason", "Why the hours differ.", r => r.Exception.Reason, required: true),
            Column.Text<ExceptionRow>("source", "The source or decree of the exception, where recorded.", r => r.Exception.Source),
        ],
        ["schedule_id", "from_date", "span"],
        [new("schedule_id", "schedules", "schedule_id")])
        .Build(All(mpps).SelectMany(o => o.Schedule.Exceptions.SelectMany(e => e.Spans.Count == 0
            ? [new ExceptionRow(o, e, null, 1)]
            : e.Spans.Select((s, i) => new ExceptionRow(o, e, s, i + 1)))));

    private sealed record HoursRow(OwnedSchedule Owner, DayHours Day, OpeningSpan Span, int Position);

    private sealed record ExceptionRow(OwnedSchedule Owner, DatedHours Exception, OpeningSpan? Span, int Position);

    private static long IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (long)day;
}

/// <summary>A stated schedule with its id and the MPP (and counter) it belongs to.</summary>
public sealed record OwnedSchedule(string Id, Mpp Mpp, Counter? Counter, WeeklySchedule Schedule);
