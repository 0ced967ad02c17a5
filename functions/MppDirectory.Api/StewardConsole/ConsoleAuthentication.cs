using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Storage;

namespace MppDirectory.Api.StewardConsole;

/// <summary>
/// How a person signs in to the stewards' console: Entra ID through OpenID Connect (authorization code with PKCE)
/// when an authority, client id and client secret are configured, or, in Development only, the development sign-in
/// (<see cref="ConsoleSignIn"/>), which lets a person act as a registered steward. Either way the session is a cookie:
/// HttpOnly, SameSite=Lax (the identity provider's redirect back must carry it), Secure outside Development, named
/// with the <c>__Host-</c> prefix there so no other site or path can set it. The cookie never authorises an API
/// write: the API's routes authenticate bearer tokens only, so a cookie cannot be replayed against them by another
/// site. Every form post also carries an antiforgery token (<see cref="ConsoleForms"/>).
/// </summary>
public static class ConsoleAuthentication
{
    public const string Scheme = "console";

    public const string EntraScheme = "entra";

    public const string Policy = "console";

    public const string SignInPath = "/kelola/masuk";

    public const string SignOutPath = "/kelola/keluar";

    /// <summary>Where Entra ID sends the browser back with the authorization code (the OpenID Connect handler answers it).</summary>
    public const string CallbackPath = "/kelola/masuk/entra";

    /// <summary>How long a console session lasts; signing in again is cheap, a stolen cookie should not live long.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>Whether people sign in with Entra ID here (else only the development sign-in, in Development).</summary>
    public static bool UsesEntra(StewardshipOptions options) =>
        !string.IsNullOrWhiteSpace(options.Authority) && !string.IsNullOrWhiteSpace(options.ClientId) && !string.IsNullOrWhiteSpace(options.ClientSecret);

    public static IServiceCollection AddStewardConsole(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(StewardshipOptions.Section).Get<StewardshipOptions>() ?? new StewardshipOptions();
        var development = environment.IsDevelopment();
        var secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        services.AddDataProtection().SetApplicationName("mpp-directory-stewardship");
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(keys =>
                keys.XmlRepository = new ConsoleKeys(sp.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(ConsoleKeys.ContainerName))));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = development ? "mpp-antiforgery" : "__Host-mpp-antiforgery";
            antiforgery.Cookie.SecurePolicy = secure;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = ConsoleForms.AntiforgeryField;
            antiforgery.HeaderName = null; // forms only: no script posts here
            antiforgery.SuppressXFrameOptionsHeader = true; // the pages' policy says frame-ancestors 'none' already
        });

        var authentication = services.AddAuthentication();
        authentication.AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = development ? "mpp-console" : "__Host-mpp-console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = secure;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = SessionLifetime;
            cookie.SlidingExpiration = false;
            cookie.Events = new CookieAuthenticationEvents
            {
                // The request may have come through the read edition: the address to send the browser to is the
                // public one, never this app's own host.
                OnRedirectToLogin = context =>
                {
                    var urls = context.HttpContext.RequestServices.GetRequiredService<PublicUrls>();
                    context.Response.Redirect(urls.Absolute(SignInPath + "?kembali=" + Uri.EscapeDataString(ConsoleForms.LocalReturn(context.Request.Path + context.Request.QueryString))));
                    return Task.CompletedTask;
                },
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });

        if (UsesEntra(options))
        {
            authentication.AddOpenIdConnect(EntraScheme, oidc =>
            {
                oidc.SignInScheme = Scheme;
                oidc.Authority = options.Authority;
                oidc.ClientId = options.ClientId;
                oidc.ClientSecret = options.ClientSecret;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.CallbackPath = CallbackPath;
                oidc.SaveTokens = false; // the console needs who the person is, never a token to call anything with
                oidc.MapInboundClaims = false;
                oidc.Scope.Clear();
                oidc.Scope.Add("openid");
                oidc.Scope.Add("profile");
                oidc.TokenValidationParameters.NameClaimType = StewardAuthentication.NameClaim;
                oidc.TokenValidationParameters.RoleClaimType = StewardAuthentication.RoleClaim;
                // The registry is keyed by issuer and object id, as for bearer tokens: keep the issuer the handler drops by default.
                oidc.ClaimActions.Remove("iss");
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
                oidc.Events = new OpenIdConnectEvents
                {
                    OnRedirectToIdentityProvider = context =>
                    {
                        context.ProtocolMessage.RedirectUri = context.HttpContext.RequestServices.GetRequiredService<PublicUrls>().Absolute(CallbackPath);
                        return Task.CompletedTask;
                    },
                };
            });
        }

        services.AddSingleton(new ConsoleSignInOptions(UsesEntra(options), DevelopmentSignIn: development && !UsesEntra(options)));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }

    /// <summary>The person signed in to the console, if any (the cookie only; a bearer token does not sign anyone in here).</summary>
    public static async Task<System.Security.Claims.ClaimsPrincipal?> SignedInAsync(HttpContext context) =>
        (await context.AuthenticateAsync(Scheme)).Principal is { Identity.IsAuthenticated: true } person ? person : null;
}

/// <summary>
/// How people sign in to the console here, decided once when the app is built: with Entra ID, or (in Development and
/// only without Entra ID) the development sign-in; neither means nobody signs in.
/// </summary>
public sealed record ConsoleSignInOptions(bool UsesEntra, bool DevelopmentSignIn);
