using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Pages.Widget;

/// <summary>
/// <c>/embed</c>: the guide for city web teams, with the code to copy for the <c>&lt;mpp-directory&gt;</c> widget and
/// for the iframe card, each with a live preview from this origin.
/// </summary>
public static class EmbedGuide
{
    public static Html Render(PageContext page, DirectorySnapshot snapshot)
    {
        var example = snapshot.MppsById.TryGetValue("kota-pekalongan", out var pekalongan) ? pekalongan : snapshot.Data.Mpps.OrderBy(m => m.Id, StringComparer.Ordinal).First();
        var script = page.Absolute(WidgetAssets.ScriptPath);
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
}
