using System.Globalization;
using MppDirectory.Datasets.Tables;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;
using MppDirectory.Domain.Schedules;

namespace MppDirectory.Datasets.Hsds;

/// <summary>
/// Stated hours as HSDS schedules (RFC 5545 weekly rules): one row per distinct opening span with the
/// weekdays that have it. An MPP's hours belong to its location, a counter's own hours to each of its
/// service_at_locations. Dated exceptions become rows limited by valid_from and valid_to.
/// </summary>
public static class HsdsSchedules
{
    private static readonly string[] RuleDays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static IEnumerable<Dictionary<string, object?>> Rows(IReadOnlyList<Mpp> mpps, IReadOnlyList<CounterOffer> offers)
    {
        var locationRows = mpps
            .Where(m => m.Hours.Schedule is not null)
            .SelectMany(m => For(m.Id, m.Hours.Schedule!, m, ("location_id", HsdsIds.Location(m.Id))));
        var counterRows = offers
            .Where(o => o.Counter.Schedule is not null)
            .SelectMany(o =>
            {
                var id = HsdsIds.ServiceAtLocation(RecordIds.Counter(o.Mpp, o.Counter), o.Service);
                return For(id, o.Counter.Schedule!, o.Mpp, ("service_at_location_id", id));
            });
        return locationRows.Concat(counterRows);
    }

    private static IEnumerable<Dictionary<string, object?>> For(string owner, WeeklySchedule schedule, Mpp mpp, (string Field, string Id) link)
    {
        var zone = IndonesianTimeZone.OfRegion(mpp.RegionCodes.Province);
        var weekly = schedule.Days
            .SelectMany(d => d.Spans.Select(s => (d.Day, Span: s)))
            .GroupBy(x => x.Span)
            .Select(g => Row(owner, $"{Time(g.Key.Opens)}-{Time(g.Key.Closes)}", zone, link, g.Key,
                ByDay(g.Select(x => x.Day)),
                $"Weekly hours in local time ({zone.IanaId}, UTC+{zone.UtcOffsetHours}).",
                schedule.ValidFrom, schedule.ValidThrough, HolidayNote(schedule)));
        var exceptions = schedule.Exceptions.SelectMany(e => e.Spans.Count == 0
            ? [Row(owner, $"exception/{e.From:yyyy-MM-dd}/closed", zone, link, null, ByDay(Enum.GetValues<DayOfWeek>()),
                $"Closed from {e.From:yyyy-MM-dd} through {e.Through:yyyy-MM-dd}: {e.Reason}", e.From, e.Through, e.Source is null ? null : "Source: " + e.Source)]
            : e.Spans.Select((s, i) => Row(owner, $"exception/{e.From:yyyy-MM-dd}/{i + 1}", zone, link, s, ByDay(Enum.GetValues<DayOfWeek>()),
                $"Instead of the weekly hours from {e.From:yyyy-MM-dd} through {e.Through:yyyy-MM-dd}: {e.Reason}", e.From, e.Through, e.Source is null ? null : "Source: " + e.Source)));
        return weekly.Concat(exceptions);
    }

    private static Dictionary<string, object?> Row(
        string owner, string part, IndonesianTimeZone zone, (string Field, string Id) link, OpeningSpan? span,
        string byDay, string description, DateOnly? from, DateOnly? through, string? notes) => new()
        {
            ["id"] = HsdsIds.Schedule(owner, part),
            [link.Field] = link.Id,
            ["valid_from"] = from,
            ["valid_to"] = through,
            ["dtstart"] = from,
            ["timezone"] = (long)zone.UtcOffsetHours,
            ["wkst"] = "MO",
            ["freq"] = "WEEKLY",
            ["interval"] = 1L,
            ["byday"] = byDay,
            ["description"] = description,
            ["opens_at"] = span?.Opens,
            ["closes_at"] = span?.Closes,
            ["attending_type"] = "in person",
            ["notes"] = notes,
        };

    private static string HolidayNote(WeeklySchedule schedule) => schedule.OpenOnHolidays
        ? "Also open on national holidays and cuti bersama."
        : "Closed on national holidays and cuti bersama (collective leave days).";

    /// <summary>RFC 5545 BYDAY, Monday first: <c>MO,TU,WE</c>.</summary>
    private static string ByDay(IEnumerable<DayOfWeek> days) =>
        string.Join(',', days.Distinct().OrderBy(d => ((int)d + 6) % 7).Select(d => RuleDays[(int)d]));

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
