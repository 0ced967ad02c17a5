using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages;

/// <summary><c>/</c>: what the directory is, a search form, MPPs by province, and where the rest is.</summary>
public static class HomePage
{
    /// <summary>Renders without a loaded directory too, so the host's readiness probe gets its 200 at once.</summary>
    public static Html Render(PageContext page, DirectorySnapshot? snapshot) => PageLayout.Document(page, page.Say(PageTexts.Home), Html.Of($"""
        <h1>{page.Say(PageTexts.HomeTitle)}</h1>
        <p class="lead">{page.Say(PageTexts.HomeIntro)}</p>
        {SearchForm(page, null)}
        <h2>{page.Say(PageTexts.MppsByProvince)}</h2>
        {(snapshot is null ? Html.Of($"<p>{page.Say(PageTexts.NoMppsYet)}</p>") : Provinces(page, snapshot))}
        <h2>{page.Say(PageTexts.ForDevelopers)}</h2>
        <ul class="link-list">
        <li><a href="{page.Absolute("/api/docs")}">{page.Say(PageTexts.ApiReference)}</a>: {page.Say(PageTexts.ApiReferenceText)}</li>
        <li><a href="{page.Link("/datasets")}">{page.Say(PageTexts.Datasets)}</a>: {page.Say(PageTexts.DatasetsText)}</li>
        <li><a href="{page.Link("/embed")}">{page.Say(PageTexts.Embed)}</a>: {page.Say(PageTexts.EmbedText)}</li>
        <li><a href="{page.Link("/statistics")}">{page.Say(PageTexts.Statistics)}</a>: {page.Say(PageTexts.StatisticsText)}</li>
        </ul>
        """));

    public static Html SearchForm(PageContext page, string? query) => Html.Of($"""
        <form class="search-form" role="search" action="{page.Absolute("/search")}" method="get">
        <label for="q">{page.Say(PageTexts.SearchLabel)}</label>
        <div class="search-row">
        <input id="q" name="q" type="search" value="{query}" maxlength="100" required>
        <input type="hidden" name="lang" value="{page.Code}">
        <button type="submit">{page.Say(PageTexts.SearchButton)}</button>
        </div>
        </form>
        """);

    private static Html Provinces(PageContext page, DirectorySnapshot snapshot)
    {
        var provinces = snapshot.Data.Mpps
            .GroupBy(m => m.RegionCodes.Province)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Html.Of($"""
                <section class="province" aria-labelledby="province-{g.Key}">
                <h3 id="province-{g.Key}">{snapshot.RegionName(g.Key) ?? g.Key} <span class="count">({g.Count()})</span></h3>
                <ul>{g.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => MppLink(page, snapshot, m))}</ul>
                </section>
                """));
        return Html.Of($"""<div class="provinces">{provinces}</div>""");
    }

    public static Html MppLink(PageContext page, DirectorySnapshot snapshot, Mpp mpp) => Html.Of($"""
        <li><a href="{page.Link("/mpps/" + Uri.EscapeDataString(mpp.Id))}">{mpp.Name}</a> <span class="mpp-muted">{snapshot.RegionName(mpp.RegionCodes.Regency)} · {page.Say(Labels.Of(mpp.Status))}</span></li>
        """);
}
