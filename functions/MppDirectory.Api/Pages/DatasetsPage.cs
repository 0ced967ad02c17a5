using MppDirectory.Api.Http.Datasets;
using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Datasets;
using MppDirectory.Storage.Publishing;

namespace MppDirectory.Api.Pages;

/// <summary>
/// <c>/datasets</c>: the newest versions (one page of the API's list) with their files (size, SHA-256), what
/// changed, how to cite them, the licences; older versions through the API's list.
/// </summary>
public static class DatasetsPage
{
    /// <summary>How many versions the page shows: one page of the API's list, so that the page costs one bounded read.</summary>
    public const int Shown = Http.Paging.PageQuery.MaxPerPage;

    public static Html Render(PageContext page, DatasetVersionPage versions)
    {
        var newestFirst = versions.NewestFirst;
        var older = versions.TotalCount - newestFirst.Count;
        var olderUrl = page.Absolute(DatasetsApi.ListUrl(page: 2, perPage: Shown));
        return PageLayout.Document(page, page.Say(PageTexts.DatasetsTitle), Html.Of($"""
            <h1>{page.Say(PageTexts.DatasetsTitle)}</h1>
            <p class="lead">{page.Say(PageTexts.DatasetsIntro)}</p>
            {(newestFirst.Count == 0 ? Html.Of($"<p>{page.Say(PageTexts.NoDatasetsYet)}</p>") : Html.Join(newestFirst.Select((v, i) => Version(page, v, i == 0))))}
            {(older > 0 ? Html.Of($"""<p>{page.Say(PageTexts.OlderDatasetVersions, older)} <a href="{olderUrl}">{olderUrl}</a></p>""") : Html.Empty)}
            {(newestFirst.Count == 0 ? Html.Empty : Citation(page, newestFirst[0]))}
            <h2>{page.Say(PageTexts.Licence)}</h2>
            <ul class="link-list">
            {new[] { DatasetInfo.Odbl, DatasetInfo.Dbcl, DatasetInfo.CcBySa }.Select(l => Html.Of($"""<li><a href="{l.Path}">{l.Name}</a>: <span lang="en">{l.Title}</span></li>"""))}
            </ul>
            """));
    }

    private static Html Version(PageContext page, DatasetManifest manifest, bool latest)
    {
        var id = "version-" + manifest.Version.Replace('.', '-');
        var body = Html.Of($"""
            <p>{page.Say(PageTexts.Created)}: <time datetime="{manifest.Created.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}">{Dates.Of(DateOnly.FromDateTime(manifest.Created.UtcDateTime), page)}</time> · <a href="{page.Absolute(DatasetsApi.VersionUrl(manifest.Version))}">manifest (JSON)</a></p>
            <div class="table-scroll">
            <table>
            <caption>{page.Say(PageTexts.FilesOf, manifest.Version)}</caption>
            <thead><tr><th scope="col">{page.Say(PageTexts.File)} · SHA-256</th><th scope="col">{page.Say(PageTexts.Size)}</th></tr></thead>
            <tbody>{manifest.Files.Select(f => Html.Of($"""
                <tr><th scope="row" class="file"><a href="{page.Absolute(DatasetsApi.FileUrl(manifest.Version, f.Name))}">{f.Name}</a><code class="hash">{f.Sha256}</code></th><td class="number">{page.Number(f.Bytes)} B</td></tr>
                """))}</tbody>
            </table>
            </div>
            {Changes(page, manifest)}
            """);
        return latest
            ? Html.Of($"""<section aria-labelledby="{id}"><h2 id="{id}">{page.Say(PageTexts.Version, manifest.Version)}</h2>{body}</section>""")
            : Html.Of($"""<details class="older-version"><summary>{page.Say(PageTexts.Version, manifest.Version)}</summary>{body}</details>""");
    }

    private static Html Changes(PageContext page, DatasetManifest manifest)
    {
        var changes = manifest.Changes;
        if (changes.PreviousVersion is null)
        {
            return Html.Of($"<h3>{page.Say(PageTexts.Changes)}</h3><p>{page.Say(PageTexts.FirstVersion)}</p>");
        }

        var changed = changes.Tables.Where(t => t.RowsAdded + t.RowsRemoved + t.RowsChanged > 0 || t.Schema.Count > 0).ToList();
        return Html.Of($"""
            <h3>{page.Say(PageTexts.Changes)}</h3>
            <p>{page.Say(PageTexts.ChangesSince, changes.PreviousVersion)}</p>
            {(changed.Count == 0 ? Html.Of($"<p>{page.Say(PageTexts.NoChanges)}</p>") : Html.Of($"""
                <ul>{changed.Select(t => Html.Of($"""
                    <li><code>{t.Table}</code>: {page.Number(t.RowsAdded)} {page.Say(PageTexts.Added)}, {page.Number(t.RowsChanged)} {page.Say(PageTexts.Changed)}, {page.Number(t.RowsRemoved)} {page.Say(PageTexts.Removed)}{Html.Join(t.Schema.Select(s => Html.Of($"""; <span lang="en">{s}</span>""")))}</li>
                    """))}</ul>
                """))}
            """);
    }

    private static Html Citation(PageContext page, DatasetManifest latest) => Html.Of($"""
        <h2>{page.Say(PageTexts.HowToCite)}</h2>
        <p>{page.Say(PageTexts.CiteText)}</p>
        <p class="citation"><span lang="en">{DatasetInfo.Title}</span>, {page.Say(PageTexts.Version, latest.Version)}, {Dates.Of(DateOnly.FromDateTime(latest.Created.UtcDateTime), page)}. {page.Absolute(DatasetsApi.VersionUrl(latest.Version))}</p>
        """);
}
