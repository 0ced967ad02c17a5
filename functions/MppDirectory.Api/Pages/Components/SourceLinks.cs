using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages.Components;

/// <summary>Sources as a journalist cites them: publisher as the article names itself, dateline, headline, link.</summary>
public static class SourceLinks
{
    /// <summary>Every source a fact of the MPP cites, oldest first.</summary>
    public static IReadOnlyList<Source> CitedBy(DirectorySnapshot snapshot, Mpp mpp) =>
        [.. mpp.AllCitations().Select(c => c.Source).Distinct(StringComparer.Ordinal)
            .Select(id => snapshot.SourcesById.GetValueOrDefault(id)).OfType<Source>()
            .OrderBy(s => s.Dateline.Value ?? "", StringComparer.Ordinal)];

    /// <summary>"SERAMBINEWS.COM, 3 Agustus 2024: headline" with the article's link once one is recorded.</summary>
    public static Html Describe(PageContext page, Source source)
    {
        var publisher = source.Publisher ?? page.Say(PageTexts.SourceWithoutPublisher);
        var headline = source.Headline is { } h ? Html.Of($": <cite>{h}</cite>") : Html.Empty;
        var link = source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? Html.Of($""" <a href="{uri.AbsoluteUri}" rel="noopener">{uri.Host}</a>""")
            : Html.Of($""" <span class="mpp-muted">({page.Say(PageTexts.NoUrlYet)})</span>""");
        return Html.Of($"""<span class="mpp-publisher">{publisher}</span>, <time datetime="{source.Dateline.Value}">{Dates.Of(source.Dateline, page)}</time>{headline}{link}""");
    }
}
