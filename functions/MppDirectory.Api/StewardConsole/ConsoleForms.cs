using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Pages.Markup;

namespace MppDirectory.Api.StewardConsole;

/// <summary>
/// How the console takes a form: only from a page of this site (the browser's <c>Origin</c> and <c>Sec-Fetch-Site</c>,
/// when sent, must say so), with the antiforgery token the page gave (its cookie is SameSite=Strict, so another site's
/// post carries neither), at most <see cref="MaxFormBytes"/>. Anything else is refused before any field is read.
/// </summary>
public static class ConsoleForms
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>A console form is a few fields of text; a body past this is not one.</summary>
    public const int MaxFormBytes = 32 * 1024;

    /// <summary>Why a form was refused, for the page that says so.</summary>
    public enum Refusal
    {
        None,
        OtherSite,
        TooLarge,
        NoToken,
    }

    /// <summary>The hidden field with the antiforgery token that a form's post must send back.</summary>
    public static Html Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return Html.Of($"""<input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">""");
    }

    /// <summary>The posted form, or why it is refused.</summary>
    public static async Task<(IFormCollection? Form, Refusal Refusal)> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!FromThisSite(request, context.RequestServices.GetRequiredService<PublicUrls>()))
        {
            return (null, Refusal.OtherSite);
        }

        if (!request.HasFormContentType || request.ContentLength > MaxFormBytes)
        {
            return (null, request.HasFormContentType ? Refusal.TooLarge : Refusal.NoToken);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxFormBytes; // a body without Content-Length stops here too
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { ValueCountLimit = 64, ValueLengthLimit = MaxFormBytes, MultipartBodyLengthLimit = MaxFormBytes }, context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, Refusal.TooLarge);
        }

        return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context)
            ? (form, Refusal.None)
            : (null, Refusal.NoToken);
    }

    /// <summary>
    /// Whether the browser says the post comes from this site: a browser sends <c>Origin</c> with every cross-site post
    /// and <c>Sec-Fetch-Site</c> with most; either naming another site refuses it. Neither sent (an old browser, a
    /// script) leaves the antiforgery token to decide.
    /// </summary>
    public static bool FromThisSite(HttpRequest request, PublicUrls urls)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site")
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, new Uri(urls.Base).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A page of the console to go back to after signing in: a local path under /kelola, nothing else (no open redirect).</summary>
    public static string LocalReturn(string? path) =>
        path is { Length: > 0 } p && p.StartsWith("/kelola", StringComparison.Ordinal) && !p.StartsWith("//", StringComparison.Ordinal) && !p.Contains('\\', StringComparison.Ordinal)
            && Uri.TryCreate(p, UriKind.Relative, out _)
            ? p
            : ConsoleEndpoints.HomePath;
}
