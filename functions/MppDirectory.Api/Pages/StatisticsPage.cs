using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Counts;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages;

/// <summary>
/// <c>/statistics</c>: MPPs launched per year by province, counters by agency category, and each count a
/// source reported beside the directory's own. Every chart has its table beside it.
/// </summary>
public static class StatisticsPage
{
    public static Html Render(PageContext page, DirectorySnapshot snapshot) =>
        PageLayout.Document(page, page.Say(PageTexts.StatisticsTitle), Html.Of($"""
            <h1>{page.Say(PageTexts.StatisticsTitle)}</h1>
            <p class="lead">{page.Say(PageTexts.StatisticsIntro)}</p>
            {Launches(page, snapshot)}
            {CountersByCategory(page, snapshot)}
            {ReportedCounts(page, snapshot)}
            """));

    /// <summary>The year an MPP first served: its earliest soft launch, start of service or grand launch that happened and has a year.</summary>
    public static int? LaunchYear(Mpp mpp) =>
        mpp.Milestones
            .Where(m => !m.Planned && m.Kind != MilestoneKind.Construction && m.Date.Value is { Length: >= 4 })
            .Select(m => int.Parse(m.Date.Value![..4], System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .Cast<int?>()
            .FirstOrDefault();

    private static Html Launches(PageContext page, DirectorySnapshot snapshot)
    {
        var launched = snapshot.Data.Mpps.Select(m => (Mpp: m, Year: LaunchYear(m))).Where(x => x.Year is not null).ToList();
        var byYear = launched.GroupBy(x => x.Year!.Value).OrderBy(g => g.Key).ToList();
        var rows = launched
            .GroupBy(x => (Year: x.Year!.Value, Province: x.Mpp.RegionCodes.Province))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Province, StringComparer.Ordinal);
        var title = page.Say(PageTexts.LaunchesTitle);
        return Section(page, "launches", title, page.Say(PageTexts.LaunchesNote),
            BarChart.Render(page, "launches-chart", page.Say(PageTexts.ChartOf, title),
                [.. byYear.Select(g => (g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (long)g.Count(), (long?)null))]),
            Html.Of($"""
                <table>
                <caption>{title}</caption>
                <thead><tr><th scope="col">{page.Say(PageTexts.Year)}</th><th scope="col">{page.Say(PageTexts.Province)}</th><th scope="col">{page.Say(PageTexts.Mpps)}</th></tr></thead>
                <tbody>{rows.Select(g => Html.Of($"""<tr><th scope="row">{g.Key.Year}</th><td>{snapshot.RegionName(g.Key.Province) ?? g.Key.Province}</td><td class="number">{page.Number(g.Count())}</td></tr>"""))}</tbody>
                </table>
                """));
    }

    private static Html CountersByCategory(PageContext page, DirectorySnapshot snapshot)
    {
        var byCategory = snapshot.Data.Mpps.SelectMany(m => m.Counters)
            .GroupBy(c => snapshot.AgencyKindsById.TryGetValue(c.AgencyKind, out var kind) ? kind.Category : (AgencyCategory?)null)
            .Where(g => g.Key is not null)
            .Select(g => (Label: page.Say(Labels.Of(g.Key!.Value)), Count: (long)g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Label, StringComparer.Ordinal)
            .ToList();
        var title = page.Say(PageTexts.CountersByCategoryTitle);
        return Section(page, "categories", title, null,
            BarChart.Render(page, "categories-chart", page.Say(PageTexts.ChartOf, title), [.. byCategory.Select(x => (x.Label, x.Count, (long?)null))]),
            Html.Of($"""
                <table>
                <caption>{title}</caption>
                <thead><tr><th scope="col">{page.Say(PageTexts.Category)}</th><th scope="col">{page.Say(PageTexts.Counters)}</th></tr></thead>
                <tbody>{byCategory.Select(x => Html.Of($"""<tr><th scope="row">{x.Label}</th><td class="number">{page.Number(x.Count)}</td></tr>"""))}</tbody>
                </table>
                """));
    }

    private static Html ReportedCounts(PageContext page, DirectorySnapshot snapshot)
    {
        var rows = snapshot.Data.Mpps
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (Mpp: m, Derived: DerivedCounts.Of(m, snapshot.AgencyKindsById)))
            .SelectMany(x => x.Mpp.Observations.Select(o => (x.Mpp, Observation: o, x.Derived)))
            .ToList();
        var counterBars = rows.Where(r => r.Observation.Metric == ObservationMetric.Counters)
            .Select(r => ($"{ShortName(r.Mpp)}, {Dates.Of(r.Observation.ObservedOn, page)}", r.Observation.Value, (long?)r.Derived.Counters))
            .ToList();
        var title = page.Say(PageTexts.CountsTitle);
        return Section(page, "counts", title, page.Say(PageTexts.CountsNote),
            Html.Of($"""
                {BarChart.Render(page, "counts-chart", page.Say(PageTexts.ChartOf, page.Say(Labels.Of(ObservationMetric.Counters)) + ": " + page.Say(PageTexts.Reported) + " / " + page.Say(PageTexts.Recorded)), counterBars)}
                <p class="chart-key"><span class="key key-first"></span> {page.Say(PageTexts.Reported)} <span class="key key-second"></span> {page.Say(PageTexts.Recorded)}</p>
                """),
            Html.Of($"""
                <table>
                <caption>{title}</caption>
                <thead><tr><th scope="col">MPP</th><th scope="col">{page.Say(PageTexts.Metric)}</th><th scope="col">{page.Say(PageTexts.Reported)}</th><th scope="col">{page.Say(PageTexts.OnDate)}</th><th scope="col">{page.Say(PageTexts.Recorded)}</th></tr></thead>
                <tbody>{rows.Select(r => Html.Of($"""<tr><th scope="row"><a href="{page.Link("/mpps/" + Uri.EscapeDataString(r.Mpp.Id))}">{r.Mpp.Name}</a></th><td>{page.Say(Labels.Of(r.Observation.Metric))}</td><td class="number">{page.Number(r.Observation.Value)}</td><td>{Dates.Of(r.Observation.ObservedOn, page)}</td><td class="number">{MppPage.Recorded(page, r.Observation.Metric, r.Derived)}</td></tr>"""))}</tbody>
                </table>
                """));
    }

    /// <summary>The name without "Mal Pelayanan Publik", which every MPP shares, so a chart's labels tell them apart.</summary>
    private static string ShortName(Mpp mpp) =>
        mpp.Name.StartsWith("Mal Pelayanan Publik ", StringComparison.Ordinal) ? mpp.Name["Mal Pelayanan Publik ".Length..] : mpp.Name;

    private static Html Section(PageContext page, string id, string title, string? note, Html chart, Html table) => Html.Of($"""
        <section class="statistic" aria-labelledby="{id}">
        <h2 id="{id}">{title}</h2>
        {(note is null ? Html.Empty : Html.Of($"<p>{note}</p>"))}
        <div>
        <figure class="chart-figure">{chart}</figure>
        <div class="table-scroll" tabindex="0" role="region" aria-label="{title}">{table}</div>
        </div>
        </section>
        """);
}
