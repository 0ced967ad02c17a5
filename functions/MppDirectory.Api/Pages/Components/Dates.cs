using System.Globalization;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages.Components;

/// <summary>Dates as readers write them, keeping the precision a source gave (a month stays a month).</summary>
public static class Dates
{
    private static readonly string[] IndonesianMonths =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"2 September 2024", "Desember 2023", "2021"; a date no one could place keeps the source's words.</summary>
    public static string Of(ReportedDate date, PageContext page)
    {
        var text = date.Value is null ? date.Text : date.Precision switch
        {
            DatePrecision.Day when DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => Of(day, page),
            DatePrecision.Month when DateOnly.TryParseExact(date.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) =>
                $"{Month(month.Month, page)} {month.Year.ToString(CultureInfo.InvariantCulture)}",
            _ => date.Value,
        };
        return date.Basis == DateBasis.Inferred ? $"{text} ({page.Say(PageTexts.InferredDate)})" : text;
    }

    public static string Of(DateOnly day, PageContext page) =>
        $"{day.Day.ToString(CultureInfo.InvariantCulture)} {Month(day.Month, page)} {day.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A machine-readable form for <c>&lt;time datetime&gt;</c>, when there is one.</summary>
    public static string? MachineReadable(ReportedDate date) => date.Value;

    private static string Month(int month, PageContext page) =>
        (page.Language == Language.English ? EnglishMonths : IndonesianMonths)[month - 1];
}
