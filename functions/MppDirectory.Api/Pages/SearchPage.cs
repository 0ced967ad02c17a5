using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Pages;

/// <summary><c>/search?q=</c>: the home page's search, answered without JavaScript.</summary>
public static class SearchPage
{
    public static Html Render(PageContext page, DirectorySnapshot snapshot, string? query)
    {
        var text = query?.Trim() ?? "";
        var results = text.Length is > 0 and <= 100 ? SearchResultList.Render(page, snapshot, text) : Html.Empty;
        return PageLayout.Document(page, page.Say(PageTexts.SearchResults), Html.Of($"""
            <h1>{page.Say(PageTexts.SearchResults)}</h1>
            {HomePage.SearchForm(page, text)}
            {results}
            """));
    }
}
