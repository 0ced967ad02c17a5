using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages.Widget;

/// <summary>
/// The fragments the <c>&lt;mpp-directory&gt;</c> widget fetches into its shadow root besides the card
/// (<see cref="MppCard"/>, at <c>/embed/fragments/mpps/{id}</c>): a province's or regency's MPPs
/// (<c>/embed/fragments/regions/{code}</c>) and the search box (<c>/embed/fragments/search-form</c>), whose
/// results (<c>/embed/fragments/search</c>) are the search page's list.
/// </summary>
public static class WidgetFragments
{
    public static Html Region(PageContext page, DirectorySnapshot snapshot, Region region, int headingLevel = 2)
    {
        var mpps = snapshot.Data.Mpps
            .Where(m => m.RegionCodes.Province == region.Code || m.RegionCodes.Regency == region.Code)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var headingId = "mpp-region-" + region.Code.Replace('.', '-');
        return Html.Of($"""
            <section class="mpp-list" part="list" lang="{page.Code}" aria-labelledby="{headingId}">
            <h{headingLevel} id="{headingId}">{page.Say(PageTexts.MppsInRegion, region.Name)}</h{headingLevel}>
            {(mpps.Count == 0 ? Html.Of($"<p>{page.Say(PageTexts.NoMppsInRegion)}</p>") : Html.Of($"<ul>{mpps.Select(m => HomePage.MppLink(page, snapshot, m))}</ul>"))}
            </section>
            """);
    }

    public static Html SearchForm(PageContext page) => Html.Of($"""
        <form class="mpp-search" part="search" role="search" lang="{page.Code}">
        <label for="mpp-q">{page.Say(PageTexts.SearchLabel)}</label>
        <input id="mpp-q" name="q" type="search" part="search-input" autocomplete="off" maxlength="100">
        <p class="mpp-search-status" role="status" aria-live="polite"></p>
        <div class="mpp-results"></div>
        </form>
        """);
}
