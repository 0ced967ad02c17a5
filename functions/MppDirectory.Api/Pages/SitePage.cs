namespace MppDirectory.Api.Pages;

/// <summary>
/// Marks the site's pages and the widget's fragments: answered through the same conditional-GET cache
/// as the data API (ETag, 304, compression once per answer), keyed per language.
/// </summary>
public sealed class SitePage
{
    public static SitePage Instance { get; } = new();

    private SitePage()
    {
    }
}
