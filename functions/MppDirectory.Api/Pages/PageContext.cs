using System.Globalization;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Pages.Markup;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Pages;

/// <summary>
/// What every page and fragment needs from its request: the language (<c>lang</c>, else
/// <c>Accept-Language</c>, else Indonesian), absolute links that keep a chosen language, and the
/// formatting of numbers and dates in that language.
/// </summary>
public sealed class PageContext(Language language, bool languageChosen, PublicUrls urls, string path)
{
    private static readonly NumberFormatInfo IndonesianNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo EnglishNumbers = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    public Language Language { get; } = language;

    public string Code => Language.Code();

    /// <summary>The request's path, for the link to the same page in the other language.</summary>
    public string Path { get; } = path;

    public static PageContext Of(HttpContext context) => new(
        RequestLanguage.Of(context.Request),
        Languages.FromCode(context.Request.Query[RequestLanguage.QueryName].ToString()) is not null,
        context.RequestServices.GetRequiredService<PublicUrls>(),
        context.Request.Path.Value ?? "/");

    public string Say(LocalizedText text) => text.In(Language);

    public string Say(LocalizedText template, params object[] values) =>
        string.Format(Numbers, template.In(Language), values.Select(v => v is int or long ? Number(Convert.ToInt64(v, CultureInfo.InvariantCulture)) : v).ToArray());

    /// <summary>The text in the reader's language, HTML-encoded for a hole of a page.</summary>
    public Html Text(LocalizedText text) => Html.Text(Say(text));

    /// <summary>An absolute link to a page of the site, carrying the language when the reader chose one.</summary>
    public string Link(string pathAndQuery) =>
        languageChosen ? WithLanguage(pathAndQuery, Language) : urls.Absolute(pathAndQuery);

    /// <summary>An absolute URL with no language added (the API, datasets, assets).</summary>
    public string Absolute(string pathAndQuery) => urls.Absolute(pathAndQuery);

    public string WithLanguage(string pathAndQuery, Language other) =>
        urls.Absolute(pathAndQuery) + (pathAndQuery.Contains('?') ? "&" : "?") + RequestLanguage.QueryName + "=" + other.Code();

    public Language OtherLanguage => Language == Language.English ? Language.Indonesian : Language.English;

    public string Number(long value) => value.ToString("#,0", Numbers);

    private NumberFormatInfo Numbers => Language == Language.English ? EnglishNumbers : IndonesianNumbers;
}
