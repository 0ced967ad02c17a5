using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.Pages.Widget;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Counts;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages;

/// <summary>
/// <c>/mpps/{id}</c>: the card, then the milestones, the counts the sources report, the data-quality
/// notes and every source with the sentences quoted from it; schema.org JSON-LD in the head.
/// </summary>
public static class MppPage
{
    public static Html Render(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now)
    {
        var structuredData = MppStructuredData.Script(page, snapshot, mpp, now);
        return PageLayout.Document(page, mpp.Name, Html.Of($"""
            {MppCard.Render(page, snapshot, mpp, now, headingLevel: 1, linkToPage: false)}
            {Milestones(page, mpp)}
            {Counts(page, snapshot, mpp)}
            {Notes(page, mpp)}
            {Sources(page, snapshot, mpp)}
            <ul class="link-list">
            <li><a href="{page.Link(SuggestionPages.FormPath(mpp.Id))}">{page.Say(PageTexts.SuggestCorrection)}</a></li>
            <li><a href="{page.Absolute("/api/v1/mpps/" + Uri.EscapeDataString(mpp.Id))}">{page.Say(PageTexts.ApiLink)}</a></li>
            </ul>
            """), structuredData);
    }

    private static Html Milestones(PageContext page, Mpp mpp) => mpp.Milestones.Count == 0 ? Html.Empty : Html.Of($"""
        <section aria-labelledby="milestones">
        <h2 id="milestones">{page.Say(PageTexts.Milestones)}</h2>
        <ol class="timeline">{mpp.Milestones.Select(m => Html.Of($"""
            <li><strong>{Dates.Of(m.Date, page)}</strong> · {page.Say(Labels.Of(m.Kind))}{(m.Planned ? $" ({page.Say(PageTexts.Planned)})" : "")}: <span lang="id">{m.Label}</span></li>
            """))}</ol>
        </section>
        """);

    private static Html Counts(PageContext page, DirectorySnapshot snapshot, Mpp mpp)
    {
        if (mpp.Observations.Count == 0)
        {
            return Html.Empty;
        }

        var derived = DerivedCounts.Of(mpp, snapshot.AgencyKindsById);
        return Html.Of($"""
            <section aria-labelledby="counts">
            <h2 id="counts">{page.Say(PageTexts.ReportedCounts)}</h2>
            <div class="table-scroll">
            <table>
            <thead><tr><th scope="col">{page.Say(PageTexts.Metric)}</th><th scope="col">{page.Say(PageTexts.Reported)}</th><th scope="col">{page.Say(PageTexts.OnDate)}</th><th scope="col">{page.Say(PageTexts.RecordedCounts)}</th></tr></thead>
            <tbody>{mpp.Observations.Select(o => Html.Of($"""
                <tr><th scope="row">{page.Say(Labels.Of(o.Metric))}</th><td class="number">{page.Number(o.Value)}</td><td>{Dates.Of(o.ObservedOn, page)}</td><td class="number">{Recorded(page, o.Metric, derived)}</td></tr>
                """))}</tbody>
            </table>
            </div>
            </section>
            """);
    }

    /// <summary>The directory's own count of what a source reports, where the directory records that thing at all.</summary>
    public static string Recorded(PageContext page, ObservationMetric metric, DerivedCounts derived) => metric switch
    {
        ObservationMetric.Counters => page.Number(derived.Counters),
        ObservationMetric.Agencies => page.Number(derived.AgencyKinds),
        ObservationMetric.ServiceTypes => page.Number(derived.Services),
        _ => page.Say(PageTexts.NotRecorded),
    };

    private static Html Notes(PageContext page, Mpp mpp) => mpp.Notes.Count == 0 ? Html.Empty : Html.Of($"""
        <section aria-labelledby="notes">
        <h2 id="notes">{page.Say(PageTexts.DataNotes)}</h2>
        <dl class="notes">{mpp.Notes.Select(n => Html.Of($"""
            <dt>{page.Say(Labels.NoteKind(n.Kind))}</dt><dd>{page.Say(n.Text)}</dd>
            """))}</dl>
        </section>
        """);

    private static Html Sources(PageContext page, DirectorySnapshot snapshot, Mpp mpp)
    {
        var quotes = mpp.AllCitations().ToLookup(c => c.Source, StringComparer.Ordinal);
        return Html.Of($"""
            <section aria-labelledby="quoted-sources">
            <h2 id="quoted-sources">{page.Say(PageTexts.Sources)}</h2>
            {SourceLinks.CitedBy(snapshot, mpp).Select(s => Html.Of($"""
                <article class="source" id="source-{s.Id}">
                <h3>{SourceLinks.Describe(page, s)}</h3>
                {quotes[s.Id].Select(c => c.Quote).Distinct(StringComparer.Ordinal).Select(q => Html.Of($"""<blockquote lang="id"><p>{q}</p></blockquote>"""))}
                </article>
                """))}
            </section>
            """);
    }
}
