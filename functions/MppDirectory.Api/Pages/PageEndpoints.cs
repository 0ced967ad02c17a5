using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using MppDirectory.Api.Http;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Datasets;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Pages.Components;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.Pages.Widget;
using MppDirectory.Api.ReadModel;
using MppDirectory.Storage.Publishing;

namespace MppDirectory.Api.Pages;

/// <summary>
/// The site beside the API: pages for people at <c>/</c>, <c>/mpps/{id}</c>, <c>/datasets</c>,
/// <c>/statistics</c>, <c>/search</c> and <c>/embed</c>, and what city websites embed under <c>/embed</c> (the widget's
/// pieces are in <c>Widget/</c>; their routes are here, with the site's).
/// Each route is an HTTP function too (host.json's routePrefix is empty, so the host forwards them).
/// </summary>
public static partial class PageEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    // The iframe card is made for any city's site to frame; every other page and fragment is framed by no one.
    private const string IframeAncestors = "*";

    // Unversioned addresses that sites link to: short, and revalidated by ETag after that.
    private const string AssetCacheControl = "public, max-age=300";

    /// <summary>The pages and assets that the loaded snapshot answers: both editions serve them.</summary>
    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder routes)
    {
        var pages = Pages(routes);
        pages.MapGet("/mpps/{id}", MppPageAsync).WithName("GetMppPage").WithCacheControl(CacheControl.ClockDependent);
        pages.MapGet("/statistics", StatisticsAsync).WithName("GetStatisticsPage");
        pages.MapGet("/search", SearchAsync).WithName("GetSearchPage");
        pages.MapGet("/embed", EmbedGuideAsync).WithName("GetEmbedGuide");
        pages.MapGet("/embed/mpps/{id}", IframeCardAsync).WithName("GetEmbeddedMppCard").WithCacheControl(CacheControl.ClockDependent);
        pages.MapGet("/embed/fragments/mpps/{id}", CardFragmentAsync).WithName("GetMppCardFragment").WithCacheControl(CacheControl.ClockDependent);
        pages.MapGet("/embed/fragments/regions/{code}", RegionFragmentAsync).WithName("GetRegionFragment");
        pages.MapGet("/embed/fragments/search-form", (HttpContext context, [AsParameters] LanguageQuery language) =>
            Fragment(context, WidgetFragments.SearchForm(PageContext.Of(context)))).WithName("GetSearchFormFragment");
        pages.MapGet("/embed/fragments/search", SearchFragmentAsync).WithName("GetSearchFragment");

        // The home page negotiates (the API index for clients that ask for JSON), so it is kept per variant and language.
        routes.MapGet("/", Home).WithName("GetHomePage").ExcludeFromDescription()
            .WithMetadata(SitePage.Instance, new AnswerVariant(HeaderNames.Accept, c => PrefersJson(c.Request) ? "json" : "html|" + Domain.Localization.Languages.Code(RequestLanguage.Of(c.Request))));

        MapAsset(routes, PageLayout.StylesheetPath, PageLayout.StylesheetResource, "text/css; charset=utf-8", "GetSiteStylesheet");
        MapAsset(routes, WidgetAssets.StylesheetPath, WidgetAssets.StylesheetResource, "text/css; charset=utf-8", "GetWidgetStylesheet");
        MapAsset(routes, WidgetAssets.ScriptPath, WidgetAssets.ScriptResource, "text/javascript; charset=utf-8", "GetWidgetScript");
        return routes;
    }

    /// <summary>
    /// The dataset versions page, which lists them from a table: only the full app can serve it (the read edition
    /// forwards it; see Hosting/Editions.cs).
    /// </summary>
    public static IEndpointRouteBuilder MapDatasetsPage(this IEndpointRouteBuilder routes)
    {
        Pages(routes).MapGet("/datasets", DatasetsAsync).WithName("GetDatasetsPage").WithMetadata(NotKeptInAnswerCache.Instance);
        return routes;
    }

    private static RouteGroupBuilder Pages(IEndpointRouteBuilder routes) =>
        routes.MapGroup("").ExcludeFromDescription().WithMetadata(SitePage.Instance).Localized();

    private static IResult Home(HttpContext context, [AsParameters] LanguageQuery language, DirectoryReadModel directory, Http.Links.PublicUrls urls)
    {
        context.Response.Headers.Vary = HeaderNames.Accept + ", " + HeaderNames.AcceptLanguage;
        if (PrefersJson(context.Request))
        {
            return RootApi.GetApiIndex(urls);
        }

        var page = PageContext.Of(context);
        context.Response.Headers.ContentLanguage = page.Code;
        return Page(context, HomePage.Render(page, directory.Current));
    }

    private static async Task<IResult> MppPageAsync(string id, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, ClockBoundAnswers clock)
    {
        var page = PageContext.Of(context);
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return NotFound(context, page, PageTexts.MppNotFound);
        }

        return Page(context, MppPage.Render(page, snapshot, mpp, clock.CurrentWindow(snapshot).From));
    }

    private static async Task<IResult> StatisticsAsync([AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory) =>
        Page(context, StatisticsPage.Render(PageContext.Of(context), await directory.GetAsync(context.RequestAborted)));

    private static async Task<IResult> SearchAsync([AsParameters] PageSearchQuery query, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory) =>
        Page(context, SearchPage.Render(PageContext.Of(context), await directory.GetAsync(context.RequestAborted), query.Q));

    private static async Task<IResult> DatasetsAsync([AsParameters] LanguageQuery language, HttpContext context, DatasetStore store) =>
        Page(context, DatasetsPage.Render(PageContext.Of(context), await store.ListAsync(1, DatasetsPage.Shown, context.RequestAborted)));

    private static async Task<IResult> EmbedGuideAsync([AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, Http.Links.PublicUrls urls)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        // The live previews run the widget and frame the card, both from this origin.
        return Page(context, EmbedGuide.Render(PageContext.Of(context), snapshot), SitePolicy(urls.Base, scripts: true));
    }

    private static async Task<IResult> IframeCardAsync(string id, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, ClockBoundAnswers clock, Http.Links.PublicUrls urls)
    {
        var page = PageContext.Of(context);
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return NotFound(context, page, PageTexts.MppNotFound, IframeAncestors); // shown in the city's frame, not refused there
        }

        // Any site may frame the card: that is what it is for.
        return Page(context, IframeCard.Render(page, snapshot, mpp, clock.CurrentWindow(snapshot).From), SitePolicy(urls.Base, scripts: false, frameAncestors: IframeAncestors));
    }

    private static async Task<IResult> CardFragmentAsync(
        string id, [AsParameters] LanguageQuery language, [AsParameters] FragmentQuery fragment, HttpContext context, DirectoryReadModel directory, ClockBoundAnswers clock)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        return snapshot.MppsById.TryGetValue(id, out var mpp)
            ? Fragment(context, MppCard.Render(PageContext.Of(context), snapshot, mpp, clock.CurrentWindow(snapshot).From, fragment.HeadingLevel))
            : ProblemResults.NotFound("MPP", id);
    }

    private static async Task<IResult> RegionFragmentAsync(
        string code, [AsParameters] LanguageQuery language, [AsParameters] FragmentQuery fragment, HttpContext context, DirectoryReadModel directory)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        return snapshot.RegionsByCode.TryGetValue(code, out var region) && region.Level is Domain.Records.RegionLevel.Province or Domain.Records.RegionLevel.Regency
            ? Fragment(context, WidgetFragments.Region(PageContext.Of(context), snapshot, region, fragment.HeadingLevel))
            : ProblemResults.NotFound("province or regency", code);
    }

    private static async Task<IResult> SearchFragmentAsync([AsParameters] PageSearchQuery query, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory)
    {
        var text = query.Q?.Trim() ?? "";
        if (text.Length is 0 or > Http.Validation.QueryRules.MaxSearchLength)
        {
            return Fragment(context, Html.Empty);
        }

        return Fragment(context, SearchResultList.Render(PageContext.Of(context), await directory.GetAsync(context.RequestAborted), text));
    }

    private static IResult Page(HttpContext context, Html html, string? policy = null, int? statusCode = null)
    {
        context.Response.Headers.ContentSecurityPolicy = policy ?? SitePolicy(context.RequestServices.GetRequiredService<Http.Links.PublicUrls>().Base, scripts: false);
        return Results.Content(html.Value, HtmlType, statusCode: statusCode);
    }

    /// <summary>A page of the site's design that runs no script and that no one frames, with its status (the console's, a form's).</summary>
    public static IResult Page(HttpContext context, Html html, int statusCode)
    {
        context.Response.Headers.ContentSecurityPolicy = SitePolicy(context.RequestServices.GetRequiredService<Http.Links.PublicUrls>().Base, scripts: false);
        return Results.Content(html.Value, HtmlType, statusCode: statusCode);
    }

    /// <summary>
    /// A piece of a page that the widget fetches into its Shadow DOM, where the host page's policy applies and this
    /// one does not. Opened on its own it runs nothing and no site frames it: the card to frame is <c>/embed/mpps/{id}</c>.
    /// </summary>
    private static IResult Fragment(HttpContext context, Html html)
    {
        context.Response.Headers.ContentSecurityPolicy = SitePolicy(context.RequestServices.GetRequiredService<Http.Links.PublicUrls>().Base, scripts: false);
        return Results.Content(html.Value, HtmlType);
    }

    private static IResult NotFound(HttpContext context, PageContext page, Domain.Localization.LocalizedText message, string frameAncestors = "'none'")
    {
        var html = PageLayout.Document(page, page.Say(PageTexts.NotFoundTitle), Html.Of($"""
            <h1>{page.Say(PageTexts.NotFoundTitle)}</h1>
            <p>{page.Say(message)}</p>
            {HomePage.SearchForm(page, null)}
            """));
        context.Response.Headers.ContentSecurityPolicy = SitePolicy(context.RequestServices.GetRequiredService<Http.Links.PublicUrls>().Base, scripts: false, frameAncestors);
        return Results.Content(html.Value, HtmlType, statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>Everything from this site only; pages run no script unless they show the widget.</summary>
    private static string SitePolicy(string origin, bool scripts, string frameAncestors = "'none'") =>
        $"default-src 'none'; style-src 'self' {origin}; img-src 'self' {origin} data:; " +
        (scripts ? $"script-src 'self' {origin}; connect-src 'self' {origin}; frame-src 'self' {origin}; " : "") +
        $"base-uri 'none'; form-action 'self' {origin}; frame-ancestors {frameAncestors}";

    private static bool PrefersJson(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var best = accept.Where(a => (a.Quality ?? 1) > 0).OrderByDescending(a => a.Quality ?? 1)
            .FirstOrDefault(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        return best?.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>An embedded file, read and tagged once; If-None-Match gets 304.</summary>
    private static void MapAsset(IEndpointRouteBuilder routes, string path, string resource, string contentType, string name)
    {
        var bytes = new Lazy<(byte[] Body, EntityTagHeaderValue Tag)>(() =>
        {
            var body = Embedded.Read(resource);
            return (body, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\""));
        });
        routes.MapGet(path, () => TypedResults.Bytes(bytes.Value.Body, contentType, entityTag: bytes.Value.Tag))
            .WithName(name).WithCacheControl(AssetCacheControl).ExcludeFromDescription();
    }
}
