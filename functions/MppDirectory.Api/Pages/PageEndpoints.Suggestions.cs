using Microsoft.AspNetCore.Antiforgery;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Suggestions;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.Pages;

/// <summary>
/// The suggestion form and each suggestion's page. Only the stewardship edition serves them (they need the tables, and
/// the form's antiforgery token); the read edition forwards them. None is kept in a cache: the form carries a token of
/// its own each time, and a suggestion's page changes when a steward answers it.
/// </summary>
public static partial class PageEndpoints
{
    private const string FormType = "application/x-www-form-urlencoded";

    public static IEndpointRouteBuilder MapSuggestionPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("").ExcludeFromDescription().Localized()
            .WithMetadata(NotKeptInAnswerCache.Instance).WithCacheControl(CacheControl.NoStore);
        pages.MapGet("/mpps/{id}/saran", SuggestionFormAsync).WithName("GetSuggestionForm");
        pages.MapPost("/mpps/{id}/saran", SendSuggestionAsync).WithName("SendSuggestionForm");
        pages.MapGet("/saran/{id}", SuggestionPageAsync).WithName("GetSuggestionPage");
        return routes;
    }

    private static async Task<IResult> SuggestionFormAsync(
        string id, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, IAntiforgery antiforgery)
    {
        var page = PageContext.Of(context);
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return NotFound(context, page, PageTexts.MppNotFound);
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page(context, SuggestionPages.Form(page, mpp, new SuggestionInput(mpp.Id, null, null, null, null, null), [], tokens.FormFieldName, tokens.RequestToken!));
    }

    /// <summary>
    /// The form's post, in this order: the client's quota (429), the MPP (404), a form body of at most 8 KB (415, 413),
    /// the antiforgery token (400: a post from another site, or a form kept past its cookie), a filled honeypot (400,
    /// nothing stored: the same page as a failed token, so a robot learns nothing), the fields (400 with the form again),
    /// then the suggestion is stored and the browser goes to its page (303).
    /// </summary>
    private static async Task<IResult> SendSuggestionAsync(
        string id, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, IAntiforgery antiforgery,
        SuggestionQuota quota, SuggestionStore suggestions, TimeProvider clock)
    {
        var page = PageContext.Of(context);
        if (quota.TryTake(context) is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Refused(context, page, StatusCodes.Status429TooManyRequests, PageTexts.TooManySuggestionsTitle, PageTexts.TooManySuggestions, id);
        }

        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return NotFound(context, page, PageTexts.MppNotFound);
        }

        if (!string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), FormType, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(context, page, StatusCodes.Status415UnsupportedMediaType, PageTexts.FormExpiredTitle, PageTexts.FormNotSent, id);
        }

        if (await ReadBodyAsync(context.Request, SuggestionInput.MaxBodyBytes, context.RequestAborted) is not { } body)
        {
            return Refused(context, page, StatusCodes.Status413PayloadTooLarge, PageTexts.TooLargeTitle, PageTexts.TooLarge, id);
        }

        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        IFormCollection form;
        try
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Refused(context, page, StatusCodes.Status400BadRequest, PageTexts.FormExpiredTitle, PageTexts.FormNotSent, id);
            }

            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or AntiforgeryValidationException or IOException)
        {
            return Refused(context, page, StatusCodes.Status400BadRequest, PageTexts.FormExpiredTitle, PageTexts.FormNotSent, id);
        }

        var input = new SuggestionInput(
            mpp.Id, One(form, SuggestionPages.FieldName), One(form, SuggestionPages.ProposedName), One(form, SuggestionPages.EvidenceName),
            One(form, SuggestionPages.ContactName), One(form, SuggestionPages.HoneypotName)).Normalized();
        if (!string.IsNullOrEmpty(input.Website))
        {
            return Refused(context, page, StatusCodes.Status400BadRequest, PageTexts.FormExpiredTitle, PageTexts.FormNotSent, id);
        }

        var validation = await new SuggestionInputValidator(snapshot.MppsById.ContainsKey).ValidateAsync(input, context.RequestAborted);
        if (!validation.IsValid)
        {
            var order = new[] { SuggestionPages.FieldName, SuggestionPages.ProposedName, SuggestionPages.EvidenceName, SuggestionPages.ContactName };
            var errors = validation.Errors
                .Where(e => order.Contains(e.PropertyName))
                .GroupBy(e => e.PropertyName)
                .OrderBy(g => Array.IndexOf(order, g.Key))
                .Select(g => (g.Key, FormMessage(page, g.First())))
                .ToList();
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Page(context, SuggestionPages.Form(page, mpp, input, errors, tokens.FormFieldName, tokens.RequestToken!), statusCode: StatusCodes.Status400BadRequest);
        }

        var stored = await suggestions.AddAsync(input, clock.GetUtcNow(), context.RequestAborted);
        context.Response.Headers.Location = page.Link(SuggestionsApi.PagePath(stored.Id));
        CacheControl.Choose(context, CacheControl.NoStore);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<IResult> SuggestionPageAsync(
        string id, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, SuggestionStore suggestions)
    {
        var page = PageContext.Of(context);
        if (await suggestions.GetAsync(id, context.RequestAborted) is not { } suggestion)
        {
            return NotFound(context, page, PageTexts.SuggestionNotFound);
        }

        var snapshot = await directory.GetAsync(context.RequestAborted);
        var name = snapshot.MppsById.TryGetValue(suggestion.Mpp, out var mpp) ? mpp.Name : suggestion.Mpp;
        return Page(context, SuggestionPages.Suggestion(page, suggestion, name));
    }

    private static IResult Refused(HttpContext context, PageContext page, int status, LocalizedText title, LocalizedText message, string mppId) =>
        Page(context, SuggestionPages.Refused(page, title, message, mppId), statusCode: status);

    private static string? One(IFormCollection form, string name) => form.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>A field's problem in the reader's words (the validator's are the API's, in English).</summary>
    private static string FormMessage(PageContext page, FluentValidation.Results.ValidationFailure failure) => (failure.PropertyName, failure.ErrorCode) switch
    {
        (SuggestionPages.FieldName, _) => page.Say(PageTexts.FieldRequired),
        (SuggestionPages.ProposedName, "NotEmptyValidator") => page.Say(PageTexts.ProposedRequired),
        (SuggestionPages.ContactName, _) => page.Say(PageTexts.ContactInvalid),
        (_, "MaximumLengthValidator") => page.Say(PageTexts.TooLong, SuggestionInput.MaxTextLength),
        _ => page.Say(PageTexts.LooksLikeFormula),
    };

    /// <summary>The body whole, or null past <paramref name="limit"/> bytes, whatever Content-Length claims.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
