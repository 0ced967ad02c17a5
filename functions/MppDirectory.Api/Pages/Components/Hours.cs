using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages.Components;

/// <summary>Today's hours in words: open or closed now and today's spans, or plainly that no hours are published.</summary>
public static class Hours
{
    public static Html Today(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now)
    {
        var view = ScheduleViews.For(snapshot, mpp, null, now, page.Language);
        if (!view.Known || view.Weekly is not { } weekly || view.Status is not { } status)
        {
            // A note of its own (what a source says instead of hours) is worth showing; the default one repeats the line.
            return mpp.Hours.Note is { } note
                ? Html.Of($"{page.Say(PageTexts.HoursNotPublished)} <span class=\"mpp-note\">{page.Say(note)}</span>")
                : page.Text(PageTexts.HoursNotPublished);
        }

        var today = status.LocalDate;
        var exception = weekly.Exceptions.FirstOrDefault(e => e.From <= today && today <= e.Through);
        var spans = exception?.Spans ?? weekly.Days.FirstOrDefault(d => d.Day == today.DayOfWeek)?.Spans ?? [];
        var spanText = spans.Count == 0
            ? page.Say(PageTexts.ClosedToday)
            : string.Join(", ", spans.Select(s => $"{s.Opens:HH\\:mm}–{s.Closes:HH\\:mm}"));
        return Html.Of($"""<strong class="mpp-open-{(status.IsOpen ? "yes" : "no")}">{page.Say(status.IsOpen ? PageTexts.OpenNow : PageTexts.ClosedNow)}</strong> · {spanText}""");
    }
}
