using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Suggestions;
using MppDirectory.Api.Http.Verifications;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Pages;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.StewardConsole;

/// <summary>
/// The stewards' console under <c>/kelola</c>, served by the stewardship app only (the read edition forwards it): the
/// steward's MPPs, and for each an edit page whose form goes through the same write pipeline as the API
/// (<see cref="StewardWrite"/>: scope, rules, If-Match, the audit, publishing), with a preview and, when someone saved
/// first, both versions side by side. Any signed-in person may look; only a registered steward in scope may save.
/// Pages are rendered on the server and need no script; every answer is for the signed-in person alone (no-store).
/// </summary>
public static class ConsoleEndpoints
{
    public const string HomePath = "/kelola";

    public static string MppPath(string id) => "/kelola/mpps/" + Uri.EscapeDataString(id);

    public static string SuggestionPath(string id) => "/kelola/saran/" + Uri.EscapeDataString(id);

    public static IEndpointRouteBuilder MapStewardConsole(this IEndpointRouteBuilder routes)
    {
        var signIn = routes.ServiceProvider.GetRequiredService<ConsoleSignInOptions>();
        var console = routes.MapGroup("").ExcludeFromDescription().WithCacheControl(CacheControl.NoStore).WithMetadata(NotKeptInAnswerCache.Instance);
        console.MapGet(ConsoleAuthentication.SignInPath, SignInPage).WithName("GetConsoleSignIn");
        if (signIn.DevelopmentSignIn)
        {
            // There is no such route anywhere else: outside Development a person signs in with Entra ID or not at all.
            console.MapPost(ConsoleAuthentication.SignInPath, DevelopmentSignInAsync).WithName("PostConsoleDevelopmentSignIn");
        }

        // The OpenID Connect handler answers Entra ID's redirect before routing reaches this; the route only makes the
        // Functions host forward the callback (without Entra ID configured it is a 404).
        console.MapMethods(ConsoleAuthentication.CallbackPath, [HttpMethods.Get, HttpMethods.Post], () => Results.NotFound()).WithName("ConsoleSignInCallback");
        console.MapPost(ConsoleAuthentication.SignOutPath, SignOutAsync).WithName("PostConsoleSignOut");

        var signedIn = console.MapGroup("").RequireAuthorization(ConsoleAuthentication.Policy);
        signedIn.MapGet(HomePath, HomeAsync).WithName("GetConsoleHome");
        signedIn.MapGet("/kelola/mpps/{id}", EditPageAsync).WithName("GetConsoleMpp");
        signedIn.MapPost("/kelola/mpps/{id}", PostMppAsync).WithName("PostConsoleMpp");
        signedIn.MapPost("/kelola/mpps/{id}/diperiksa", PostCheckedAsync).WithName("PostConsoleMppChecked");
        signedIn.MapGet("/kelola/saran/{suggestionId}", SuggestionPageAsync).WithName("GetConsoleSuggestion");
        signedIn.MapPost("/kelola/saran/{suggestionId}/tolak", PostRejectionAsync).WithName("PostConsoleSuggestionRejection");
        return routes;
    }

    private static async Task<IResult> SignInPage(
        [FromQuery(Name = "kembali")] string? back, [AsParameters] LanguageQuery language, HttpContext context, StewardRegistry registry, ConsoleSignInOptions signIn)
    {
        back = ConsoleForms.LocalReturn(back);
        var page = PageContext.Of(context);
        if (signIn.UsesEntra)
        {
            var urls = context.RequestServices.GetRequiredService<PublicUrls>();
            return Results.Challenge(new AuthenticationProperties { RedirectUri = urls.Absolute(back) }, [ConsoleAuthentication.EntraScheme]);
        }

        if (!signIn.DevelopmentSignIn)
        {
            return PageEndpoints.Page(context, ConsolePages.SignInUnavailable(page), StatusCodes.Status503ServiceUnavailable);
        }

        var stewards = (await registry.ListAsync(context.RequestAborted)).Where(s => s.Active).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        return PageEndpoints.Page(context, ConsolePages.DevelopmentSignIn(page, context, stewards, back), StatusCodes.Status200OK);
    }

    private static async Task<IResult> DevelopmentSignInAsync([AsParameters] LanguageQuery language, HttpContext context, StewardRegistry registry)
    {
        var (form, refusal) = await ConsoleForms.ReadAsync(context);
        if (form is null)
        {
            return Refused(context, refusal);
        }

        var chosen = form["steward"].ToString();
        ClaimsIdentity identity;
        if (chosen == ConsolePages.UnregisteredChoice)
        {
            // A person the registry does not know, with the role Entra ID could give anyone in the tenant.
            identity = Identity($"local-unregistered-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}", "Unregistered visitor", StewardRoles.Write);
        }
        else if ((await registry.ListAsync(context.RequestAborted)).FirstOrDefault(s => s.Id == chosen && s.Active && s.Issuer == StewardshipOptions.DevelopmentIssuer) is { } entry)
        {
            identity = Identity(entry.ObjectId, entry.Name ?? entry.Id, entry.Role);
        }
        else
        {
            return Results.Redirect(context.RequestServices.GetRequiredService<PublicUrls>().Absolute(ConsoleAuthentication.SignInPath), preserveMethod: false);
        }

        await context.SignInAsync(ConsoleAuthentication.Scheme, new ClaimsPrincipal(identity));
        return SeeOther(context, ConsoleForms.LocalReturn(form["kembali"].ToString()));
    }

    private static ClaimsIdentity Identity(string subject, string name, string role) => new(
        [
            new Claim("iss", StewardshipOptions.DevelopmentIssuer),
            new Claim("sub", subject),
            new Claim(StewardAuthentication.NameClaim, name),
            new Claim(StewardAuthentication.RoleClaim, role),
        ],
        ConsoleAuthentication.Scheme,
        StewardAuthentication.NameClaim,
        StewardAuthentication.RoleClaim);

    private static async Task<IResult> SignOutAsync([AsParameters] LanguageQuery language, HttpContext context)
    {
        var (form, refusal) = await ConsoleForms.ReadAsync(context);
        if (form is null)
        {
            return Refused(context, refusal);
        }

        await context.SignOutAsync(ConsoleAuthentication.Scheme);
        return SeeOther(context, "/");
    }

    private static async Task<IResult> HomeAsync(
        [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, StewardRegistry registry, SuggestionStore suggestions, TimeProvider clock)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var (steward, _) = await RegisteredStewardFilter.FindAsync(registry, context.User, needsAdmin: false, context.RequestAborted);
        // The open suggestions this steward may answer, oldest first: the queue. A national directory has a few hundred MPPs,
        // and open suggestions are few; one page of the newest 100 is read, and the rest wait for the next.
        var open = steward is null ? [] : (await suggestions.ListAsync(null, SuggestionStatus.Open, 1, 100, context.RequestAborted)).Items
            .Where(s => SuggestionsApi.MayAnswer(steward.Scope, s, snapshot)).OrderBy(s => s.CreatedAt).ToList();
        return PageEndpoints.Page(context, ConsolePages.Home(PageContext.Of(context), context, snapshot, steward, open, clock.GetUtcNow()), StatusCodes.Status200OK);
    }

    private static async Task<IResult> EditPageAsync(
        string id, [FromQuery(Name = "disimpan")] string? saved, [FromQuery(Name = "diperiksa")] string? checkedToday, [FromQuery(Name = "saran")] string? answering,
        [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, StewardRegistry registry, SuggestionStore suggestions)
    {
        var page = PageContext.Of(context);
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return PageEndpoints.Page(context, ConsolePages.NotFound(page, context), StatusCodes.Status404NotFound);
        }

        var (steward, _) = await RegisteredStewardFilter.FindAsync(registry, context.User, needsAdmin: false, context.RequestAborted);
        var notice = saved is not null ? ConsoleTexts.SavedShort : checkedToday is not null ? ConsoleTexts.VerifiedNotice : null;
        var form = MppForm.Of(mpp);
        if (SuggestionStore.IsId(answering) && await suggestions.GetAsync(answering!, context.RequestAborted) is { Status: SuggestionStatus.Open } suggestion && suggestion.Mpp == mpp.Id)
        {
            // Accepting a suggestion: the form opens with what the resident proposed in the field they named.
            var values = new Dictionary<string, string>(form.Values, StringComparer.Ordinal);
            if (values.ContainsKey(suggestion.Field))
            {
                values[suggestion.Field] = suggestion.Proposed;
            }

            form = form with { Values = values, Suggestion = suggestion.Id };
        }

        return PageEndpoints.Page(context, ConsolePages.Edit(page, context, snapshot, mpp, steward, form, notice: notice), StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostMppAsync(string id, [AsParameters] LanguageQuery language, HttpContext context, StewardRegistry registry, StewardWriteQuota quota, SuggestionStore suggestions, [AsParameters] StewardWrite write)
    {
        var (form, refusal) = await ConsoleForms.ReadAsync(context);
        if (form is null)
        {
            return Refused(context, refusal);
        }

        var page = PageContext.Of(context);
        var snapshot = await write.Directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return PageEndpoints.Page(context, ConsolePages.NotFound(page, context), StatusCodes.Status404NotFound);
        }

        var (steward, _) = await RegisteredStewardFilter.FindAsync(registry, context.User, needsAdmin: false, context.RequestAborted);
        var posted = MppForm.Read(form);
        var (patch, formErrors) = posted.ToPatch();
        if (patch is null)
        {
            return PageEndpoints.Page(context, ConsolePages.Edit(page, context, snapshot, mpp, steward, posted, formErrors), StatusCodes.Status400BadRequest);
        }

        if (form["action"] == "preview")
        {
            var (input, problem) = await write.ReadInputAsync(patch, MppWritesApi.PatchBody(id, suggestions), snapshot);
            if (input is null)
            {
                return PageEndpoints.Page(context, ConsolePages.Edit(page, context, snapshot, mpp, steward, posted, ConsoleErrors.Of(problem!)), problem!.StatusCode);
            }

            var previewed = input.ApplyTo(mpp, snapshot.RegionsByCode, out var changed);
            return PageEndpoints.Page(context, ConsolePages.Edit(page, context, snapshot, mpp, steward, posted, preview: (previewed, changed.Count)), StatusCodes.Status200OK);
        }

        if (steward is null || !steward.MayChange(mpp))
        {
            return PageEndpoints.Page(context, ConsolePages.Edit(page, context, snapshot, mpp, steward, posted), StatusCodes.Status403Forbidden);
        }

        if (quota.TryTake(steward.Id) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return PageEndpoints.Page(context, ConsolePages.Message(page, context, ConsoleTexts.FormRefused, page.Say(ConsoleTexts.TooManyWrites, retryAfter)), StatusCodes.Status429TooManyRequests);
        }

        context.Features.Set(steward);
        var result = (await MppWritesApi.PatchMppAsGiven(id, patch, new IfMatch(IfMatchKind.Tags, [posted.Revision]), write, suggestions)).Result;
        if (result is Written<MppDetail>)
        {
            return SeeOther(context, MppPath(id) + "?disimpan=1");
        }

        var failed = (Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult)result;
        if (failed.StatusCode == StatusCodes.Status412PreconditionFailed && await write.Writes.ReadMppAsync(id, context.RequestAborted) is var (current, _))
        {
            return PageEndpoints.Page(context, ConsolePages.Conflict(page, context, snapshot, current, posted), StatusCodes.Status409Conflict);
        }

        return PageEndpoints.Page(context, ConsolePages.Edit(page, context, snapshot, mpp, steward, posted, ConsoleErrors.Of(failed)), failed.StatusCode);
    }

    private static async Task<IResult> PostCheckedAsync(
        string id, [AsParameters] LanguageQuery language, HttpContext context, StewardRegistry registry, StewardWriteQuota quota, [AsParameters] StewardWrite write)
    {
        var (form, steward, refused) = await StewardPostAsync(context, registry, quota);
        if (form is null || steward is null)
        {
            return refused!;
        }

        var counter = form["counter"].ToString() is { Length: > 0 } c ? c : null;
        var result = (await VerificationsApi.VerifyAsGiven(id, counter, write)).Result;
        return result is Written<string>
            ? SeeOther(context, MppPath(id) + "?diperiksa=1")
            : Problem(context, (Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult)result);
    }

    private static async Task<IResult> SuggestionPageAsync(
        string suggestionId, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, StewardRegistry registry, SuggestionStore suggestions)
    {
        var page = PageContext.Of(context);
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!SuggestionStore.IsId(suggestionId) || await suggestions.GetAsync(suggestionId, context.RequestAborted) is not { } suggestion)
        {
            return PageEndpoints.Page(context, ConsolePages.Message(page, context, PageTexts.NotFoundTitle, page.Say(PageTexts.NotFoundTitle)), StatusCodes.Status404NotFound);
        }

        var (steward, _) = await RegisteredStewardFilter.FindAsync(registry, context.User, needsAdmin: false, context.RequestAborted);
        var mayAnswer = steward is not null && SuggestionsApi.MayAnswer(steward.Scope, suggestion, snapshot);
        // The contact is for the stewards who may answer, and only while the suggestion is open (it is deleted on closing).
        var contact = mayAnswer ? await suggestions.GetContactAsync(suggestion.Id, context.RequestAborted) : null;
        return PageEndpoints.Page(context, ConsolePages.Suggestion(page, context, snapshot, steward, suggestion, mayAnswer, contact), StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostRejectionAsync(
        string suggestionId, [AsParameters] LanguageQuery language, HttpContext context, StewardRegistry registry, StewardWriteQuota quota, SuggestionStore suggestions,
        [AsParameters] StewardWrite write)
    {
        var (form, steward, refused) = await StewardPostAsync(context, registry, quota);
        if (form is null || steward is null)
        {
            return refused!;
        }

        var rejection = new Domain.Stewardship.SuggestionRejection(new Domain.Localization.LocalizedText(form["reason-id"].ToString().Trim(), form["reason-en"].ToString().Trim()));
        var validation = await new Domain.Stewardship.SuggestionRejectionValidator().ValidateAsync(rejection, context.RequestAborted);
        if (!validation.IsValid)
        {
            return Problem(context, Http.Problems.ProblemResults.Unprocessable(Http.Problems.ProblemResults.ByField(validation.Errors)));
        }

        var result = (await SuggestionsApi.RejectAsync(suggestionId, rejection, write, suggestions)).Result;
        if (result is Written<SuggestionView>)
        {
            var page = PageContext.Of(context);
            return PageEndpoints.Page(context, ConsolePages.Message(page, context, ConsoleTexts.SavedShort, page.Say(ConsoleTexts.Rejected)), StatusCodes.Status200OK);
        }

        return Problem(context, (Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult)result);
    }

    /// <summary>
    /// A console post that writes as a steward: the form from this site with its token, a registered and active
    /// steward signed in, within their write quota; the steward is then set on the request for the write pipeline.
    /// </summary>
    private static async Task<(IFormCollection? Form, Steward? Steward, IResult? Refused)> StewardPostAsync(HttpContext context, StewardRegistry registry, StewardWriteQuota quota)
    {
        var (form, refusal) = await ConsoleForms.ReadAsync(context);
        if (form is null)
        {
            return (null, null, Refused(context, refusal));
        }

        var page = PageContext.Of(context);
        var (steward, problem) = await RegisteredStewardFilter.FindAsync(registry, context.User, needsAdmin: false, context.RequestAborted);
        if (steward is null)
        {
            return (form, null, PageEndpoints.Page(context, ConsolePages.Message(page, context, ConsoleTexts.FormRefused, page.Say(ConsoleTexts.NotRegistered)), problem!.StatusCode));
        }

        if (quota.TryTake(steward.Id) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (form, null, PageEndpoints.Page(context, ConsolePages.Message(page, context, ConsoleTexts.FormRefused, page.Say(ConsoleTexts.TooManyWrites, retryAfter)), StatusCodes.Status429TooManyRequests));
        }

        context.Features.Set(steward);
        return (form, steward, null);
    }

    /// <summary>A write's problem as a page: its status, and what it says in the page's language with the API's own words.</summary>
    private static IResult Problem(HttpContext context, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult problem)
    {
        var page = PageContext.Of(context);
        var said = string.Join(" ", ConsoleErrors.Of(problem).Values.Select(page.Say));
        return PageEndpoints.Page(context, ConsolePages.Message(page, context, ConsoleTexts.FormRefused, said), problem.StatusCode);
    }

    private static IResult Refused(HttpContext context, ConsoleForms.Refusal refusal)
    {
        var page = PageContext.Of(context);
        var (status, text) = refusal switch
        {
            ConsoleForms.Refusal.OtherSite => (StatusCodes.Status403Forbidden, ConsoleTexts.FormFromOtherSite),
            ConsoleForms.Refusal.TooLarge => (StatusCodes.Status413PayloadTooLarge, ConsoleTexts.FormTooLarge),
            _ => (StatusCodes.Status400BadRequest, ConsoleTexts.FormExpired),
        };
        return PageEndpoints.Page(context, ConsolePages.Message(page, context, ConsoleTexts.FormRefused, page.Say(text)), status);
    }

    /// <summary>After a post: see the page (303), so a reload does not post again. Always an address of this site.</summary>
    private static IResult SeeOther(HttpContext context, string localPath)
    {
        var page = PageContext.Of(context);
        context.Response.Headers.Location = page.Link(localPath);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
