using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Pages;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.ReadModel;
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

    private static async Task<IResult> HomeAsync([AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, StewardRegistry registry)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var (steward, _) = await RegisteredStewardFilter.FindAsync(registry, context.User, needsAdmin: false, context.RequestAborted);
        return PageEndpoints.Page(context, ConsolePages.Home(PageContext.Of(context), context, snapshot, steward), StatusCodes.Status200OK);
    }

    private static async Task<IResult> EditPageAsync(string id, [FromQuery(Name = "disimpan")] string? saved, [AsParameters] LanguageQuery language, HttpContext context, DirectoryReadModel directory, StewardRegistry registry)
    {
        var page = PageContext.Of(context);
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return PageEndpoints.Page(context, ConsolePages.NotFound(page, context), StatusCodes.Status404NotFound);
        }

        var (steward, _) = await RegisteredStewardFilter.FindAsync(registry, context.User, needsAdmin: false, context.RequestAborted);
        var notice = saved is null ? null : ConsoleTexts.SavedShort;
        return PageEndpoints.Page(context, ConsolePages.Edit(page, context, snapshot, mpp, steward, MppForm.Of(mpp), notice: notice), StatusCodes.Status200OK);
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
