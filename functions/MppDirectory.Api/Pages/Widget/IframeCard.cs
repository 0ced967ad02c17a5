using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages.Widget;

/// <summary>
/// <c>/embed/mpps/{id}</c>: the card alone as a page of its own, for sites that cannot run the widget's script:
/// no site header, the site's stylesheet, links opening in the top window; any site may frame it.
/// </summary>
public static class IframeCard
{
    public static Html Render(PageContext page, DirectorySnapshot snapshot, Mpp mpp, DateTimeOffset now) => Html.Of($"""
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
}
