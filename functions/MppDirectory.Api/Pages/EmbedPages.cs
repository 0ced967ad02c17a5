using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages;

/// <summary>
/// What city websites embed: the guide (<c>/embed</c>), the card as a page of its own for an iframe
/// (<c>/embed/mpps/{id}</c>), and the fragments the <c>&lt;mpp-directory&gt;</c> widget fetches.
/// </summary>
public static class EmbedPages
{
    public const string ScriptPath = "/embed/mpp-directory.js";
    public const string WidgetStylesheetPath = "/embed/mpp-directory.css";

    public static Html Guide(PageContext page, DirectorySnapshot snapshot)
    {
        var example = snapshot.MppsById.TryGetValue("kota-pekalongan", out var pekalongan) ? pekalongan : snapshot.Data.Mpps.OrderBy(m => m.Id, StringComparer.Ordinal).First();
        var script = page.Absolute(ScriptPath);
        var iframe = page.Absolute("/embed/mpps/" + Uri.EscapeDataString(example.Id));
        var widgetCode = $"""
            <script type="module" src="{script}"></script>
            <mpp-directory mpp="{example.Id}"></mpp-directory>
            """;
        var regionCode = $"""
            <mpp-directory region="{example.RegionCodes.Province}"></mpp-directory>
            <mpp-directory region="{example.RegionCodes.Regency}" lang="en"></mpp-directory>
            <mpp-directory></mpp-directory>
            """;
        var iframeCode = $"""<iframe src="{iframe}" title="{page.Say(PageTexts.IframeName)}" width="100%" height="720" loading="lazy"></iframe>""";
        return PageLayout.Document(page, page.Say(PageTexts.EmbedTitle), Html.Of($"""
            <h1>{page.Say(PageTexts.EmbedTitle)}</h1>
            <p class="lead">{page.Say(PageTexts.EmbedIntro)}</p>
            <section aria-labelledby="widget">
            <h2 id="widget">{page.Say(PageTexts.WidgetTitle)}</h2>
            <p>{page.Say(PageTexts.WidgetText)}</p>
            <h3>{page.Say(PageTexts.CodeToCopy)}</h3>
            <pre class="code" tabindex="0"><code>{widgetCode}</code></pre>
            <p>{page.Say(PageTexts.WidgetRegionText)}</p>
            <pre class="code" tabindex="0"><code>{regionCode}</code></pre>
            <p>{page.Say(PageTexts.WidgetThemeText)}</p>
            <p>{page.Say(PageTexts.WidgetCspText)}</p>
            <h3>{page.Say(PageTexts.LivePreview)}</h3>
            <div class="preview"><mpp-directory mpp="{example.Id}" lang="{page.Code}"></mpp-directory></div>
            </section>
            <section aria-labelledby="iframe">
            <h2 id="iframe">{page.Say(PageTexts.IframeTitle)}</h2>
            <p>{page.Say(PageTexts.IframeText)}</p>
            <h3>{page.Say(PageTexts.CodeToCopy)}</h3>
            <pre class="code" tabindex="0"><code>{iframeCode}</code></pre>
            <h3>{page.Say(PageTexts.LivePreview)}</h3>
            <div class="preview"><iframe src="{page.WithLanguage("/embed/mpps/" + Uri.EscapeDataString(example.Id), page.Language)}" title="{page.Say(PageTexts.IframeName)}" class="preview-frame" loading="lazy"></iframe></div>
            </section>
            """), Html.Of($"""<script type="module" src="{script}"></script>"""));
    }

    /// <summary>The card alone, for an iframe: no site header, framing allowed from anywhere.</summary>
    public static Html IframeCard(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now) => Html.Of($"""
        <!doctype html>
        <html lang="{page.Code}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{mpp.Name} · {page.Say(PageTexts.SiteName)}</title>
        <link rel="stylesheet" href="{page.Absolute(PageLayout.StylesheetPath)}">
        <base target="_top">
        </head>
        <body class="embedded">
        <main>
        {MppCard.Render(page, snapshot, mpp, now, headingLevel: 1)}
        </main>
        </body>
        </html>
        """);

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
