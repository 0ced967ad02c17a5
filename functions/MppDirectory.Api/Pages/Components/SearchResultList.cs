using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages.Components;

/// <summary>
/// Search hits as links to MPP pages: an MPP itself, or the MPPs where a matching counter, agency or
/// service is found. Shared by the search page and the widget's search box.
/// </summary>
public static class SearchResultList
{
    public const int MaxResults = 20;

    public static IReadOnlyList<(Mpp Mpp, LocalizedText Kind, string Match)> Find(DirectorySnapshot snapshot, string query)
    {
        var search = snapshot.Search;
        var hits = search.Mpps(query).Select(h => (h.Item, PageTexts.KindMpp, h.Item.Name))
            .Concat(search.Counters(query).Select(h => (h.Item.Mpp, PageTexts.KindCounter, h.Item.Counter.StatedName)))
            .Concat(search.AgencyKinds(query).SelectMany(h => snapshot.ServingMppsByAgencyKind[h.Item.Id].Select(m => (m, PageTexts.KindAgency, h.Item.OfficialName))))
            .Concat(search.Services(query).SelectMany(h => snapshot.Data.Mpps
                .Where(m => snapshot.ServicesByMpp[m.Id].Contains(h.Item.Id)).Select(m => (m, PageTexts.KindService, h.Item.Name))));
        // One line per MPP and kind of match: the best match of each.
        return [.. hits.DistinctBy(h => (h.Item1.Id, h.Item2)).Take(MaxResults)];
    }

    public static Html Render(PageContext page, DirectorySnapshot snapshot, string query)
    {
        var results = Find(snapshot, query);
        var status = page.Say(PageTexts.ResultCount, results.Count);
        if (results.Count == 0)
        {
            return Html.Of($"""<p class="mpp-empty" lang="{page.Code}" data-count="0" data-status="{status}">{page.Say(PageTexts.NoResults)}</p>""");
        }

        return Html.Of($"""
            <ul class="mpp-results-list" lang="{page.Code}" data-count="{results.Count}" data-status="{status}">
            {results.Select(r => Html.Of($"""<li><a href="{page.Link("/mpps/" + Uri.EscapeDataString(r.Mpp.Id))}">{r.Mpp.Name}</a> <span class="mpp-muted">{page.Say(r.Kind)}: {r.Match}</span></li>"""))}
            </ul>
            """);
    }
}
