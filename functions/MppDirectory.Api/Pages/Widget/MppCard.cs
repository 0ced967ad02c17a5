using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Regions;

namespace MppDirectory.Api.Pages.Widget;

/// <summary>
/// One MPP on a card: name, region, status with its date, address, today's hours, every counter grouped
/// by agency with its services, and the sources. The same markup serves the widget (the fragment at
/// <c>/embed/fragments/mpps/{id}</c>), the iframe page (<see cref="IframeCard"/>) and the top of the MPP's own page
/// (<see cref="MppPage"/>); it carries no inline style, so a strict host CSP lets it through. In the widget
/// mpp-directory.css styles it, on the site's pages site.css.
/// </summary>
public static class MppCard
{
    public static Html Render(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now, int headingLevel = 2, bool linkToPage = true)
    {
        var headingId = "mpp-" + mpp.Id;
        var h = headingLevel;
        return Html.Of($"""
            <article class="mpp-card" part="card" lang="{page.Code}" aria-labelledby="{headingId}">
            <header class="mpp-card-header">
            <h{h} id="{headingId}">{mpp.Name}</h{h}>
            <p class="mpp-region">{RegionLine(snapshot, mpp)}</p>
            </header>
            <dl class="mpp-facts">
            <div><dt>{page.Text(PageTexts.Status)}</dt><dd>{StatusLine(page, mpp)}</dd></div>
            <div><dt>{page.Text(PageTexts.Address)}</dt><dd>{mpp.Address ?? page.Say(PageTexts.AddressUnknown)}</dd></div>
            <div><dt>{page.Text(PageTexts.HoursToday)}</dt><dd>{Hours.Today(page, snapshot, mpp, now)}</dd></div>
            <div><dt>{page.Text(PageTexts.Checked)}</dt><dd class="mpp-checked">{CheckedLine(page, snapshot.VerificationOf(mpp, now))}</dd></div>
            </dl>
            {Counters(page, snapshot, mpp, now, Math.Min(h + 1, 6))}
            {SourcesSection(page, snapshot, mpp, Math.Min(h + 1, 6))}
            {Html.When(linkToPage, () => Html.Of($"""<p class="mpp-more"><a href="{page.Link("/mpps/" + Uri.EscapeDataString(mpp.Id))}">{page.Say(PageTexts.FullPage)}<span class="visually-hidden">: {mpp.Name}</span></a></p>"""))}
            </article>
            """);
    }

    public static string RegionLine(DirectorySnapshot snapshot, Mpp mpp) =>
        string.Join(", ", new[] { snapshot.RegionName(mpp.RegionCodes.Regency), snapshot.RegionName(mpp.RegionCodes.Province) }.OfType<string>());

    /// <summary>"Diresmikan sejak 2 September 2024": the status and the date of the milestone that set it.</summary>
    public static Html StatusLine(PageContext page, Mpp mpp)
    {
        var status = mpp.Status;
        var milestone = MppStatusRules.Since(mpp.Milestones);
        return milestone is null
            ? page.Text(Labels.Of(status))
            : Html.Of($"{page.Say(Labels.Of(status))} <span class=\"mpp-since\">{page.Say(PageTexts.Since, Dates.Of(milestone.Date, page))}</span>");
    }

    /// <summary>
    /// "Terakhir diperiksa 7 Desember 2026" (the MPP's local date) or "Belum pernah diperiksa oleh pengelola", with
    /// "perlu diperiksa ulang" in words when due: a tag that says so, never a colour alone.
    /// </summary>
    public static Html CheckedLine(PageContext page, VerificationState verification)
    {
        var line = verification.CheckedOn is { } day
            ? Html.Text(page.Say(PageTexts.LastChecked, Dates.Of(day, page)))
            : page.Text(PageTexts.NeverChecked);
        return Html.Of($"""{line}{Html.When(verification.Due, () => Html.Of($" <span class=\"mpp-tag mpp-due\">{page.Say(PageTexts.DueForCheck)}</span>"))}""");
    }

    private static Html Counters(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now, int h)
    {
        var groups = mpp.Counters
            .GroupBy(c => c.AgencyKind)
            .Select(g => (Kind: snapshot.AgencyKindsById.GetValueOrDefault(g.Key), Counters: g.ToList()))
            .OrderBy(g => g.Kind?.OfficialName ?? g.Counters[0].StatedName, StringComparer.Ordinal)
            .ToList();
        var headingId = "counters-" + mpp.Id;
        return Html.Of($"""
            <section class="mpp-counters" aria-labelledby="{headingId}">
            <h{h} id="{headingId}">{page.Say(PageTexts.Counters)}</h{h}>
            <p>{page.Say(PageTexts.CounterCount, mpp.Counters.Count, groups.Count)}</p>
            {groups.Select(g => Html.Of($"""
                <div class="mpp-agency">
                <h{Math.Min(h + 1, 6)}>{g.Kind?.OfficialName ?? g.Counters[0].StatedName}</h{Math.Min(h + 1, 6)}>
                <ul>{g.Counters.Select(c => CounterItem(page, snapshot, c, snapshot.VerificationOf(mpp, c, now)))}</ul>
                </div>
                """))}
            </section>
            """);
    }

    /// <summary>A counter checked by a steward says when (and, past the period, that it is due); one never checked says nothing: the MPP's line does.</summary>
    private static Html CounterItem(PageContext page, DirectorySnapshot snapshot, Counter counter, VerificationState verification)
    {
        var services = counter.Services.Select(id => snapshot.ServicesById.TryGetValue(id, out var s) ? s.Name : id).ToList();
        return Html.Of($"""
            <li class="mpp-counter">{counter.StatedName}{Html.When(counter.Status != CounterStatus.Serving, () => Html.Of($" <span class=\"mpp-tag\">{page.Say(Labels.Of(counter.Status))}</span>"))}{Html.When(services.Count > 0, () => Html.Of($"<br><span class=\"mpp-services\">{page.Say(PageTexts.Services)}: {string.Join(", ", services)}</span>"))}{Html.When(verification.CheckedOn is not null, () => Html.Of($"<br><span class=\"mpp-checked\">{CheckedLine(page, verification)}</span>"))}</li>
            """);
    }

    private static Html SourcesSection(PageContext page, DirectorySnapshot snapshot, Mpp mpp, int h)
    {
        var headingId = "sources-" + mpp.Id;
        return Html.Of($"""
            <section class="mpp-sources" aria-labelledby="{headingId}">
            <h{h} id="{headingId}">{page.Say(PageTexts.Sources)}</h{h}>
            <ul>{SourceLinks.CitedBy(snapshot, mpp).Select(s => Html.Of($"<li>{SourceLinks.Describe(page, s)}</li>"))}</ul>
            </section>
            """);
    }
}
