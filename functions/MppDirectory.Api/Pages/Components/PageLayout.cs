using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Pages.Components;

/// <summary>The frame every page shares: language, skip link, header with navigation, footer.</summary>
public static class PageLayout
{
    public const string StylesheetPath = "/assets/site.css";
    public const string StylesheetResource = "MppDirectory.Api.Pages.Assets.site.css";

    public static Html Document(PageContext page, string title, Html main, Html head = default)
    {
        var otherLanguage = page.OtherLanguage;
        return Html.Of($"""
            <!doctype html>
            <html lang="{page.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · {page.Say(PageTexts.SiteName)}</title>
            <link rel="stylesheet" href="{page.Absolute(StylesheetPath)}">
            <link rel="alternate" hreflang="{otherLanguage.Code()}" href="{page.WithLanguage(page.Path, otherLanguage)}">
            {head}
            </head>
            <body>
            <a class="skip-link" href="#main">{page.Say(PageTexts.SkipToContent)}</a>
            <header class="site-header">
            <div class="wrap">
            <a class="brand" href="{page.Link("/")}">{page.Say(PageTexts.SiteName)}</a>
            <nav aria-label="{page.Say(PageTexts.MainNavigation)}">
            <ul class="site-nav">
            {NavItem(page, "/", PageTexts.Home)}
            {NavItem(page, "/statistics", PageTexts.Statistics)}
            {NavItem(page, "/datasets", PageTexts.Datasets)}
            {NavItem(page, "/embed", PageTexts.Embed)}
            <li><a href="{page.Absolute("/api/docs")}">{page.Say(PageTexts.ApiReference)}</a></li>
            </ul>
            </nav>
            <nav aria-label="{page.Say(PageTexts.LanguageNavigation)}" class="language-switch">
            <a href="{page.WithLanguage(page.Path, otherLanguage)}" lang="{otherLanguage.Code()}" hreflang="{otherLanguage.Code()}">{PageTexts.OtherLanguage.In(page.Language)}</a>
            </nav>
            </div>
            </header>
            <main id="main" class="wrap" tabindex="-1">
            {main}
            </main>
            <footer class="site-footer">
            <div class="wrap">
            <p>{page.Say(PageTexts.FooterAbout)}</p>
            <p>{page.Say(PageTexts.FooterLicence)}</p>
            </div>
            </footer>
            </body>
            </html>
            """);
    }

    private static Html NavItem(PageContext page, string path, LocalizedText label) =>
        page.Path == path
            ? Html.Of($"""<li><a href="{page.Link(path)}" aria-current="page">{page.Say(label)}</a></li>""")
            : Html.Of($"""<li><a href="{page.Link(path)}">{page.Say(label)}</a></li>""");
}
