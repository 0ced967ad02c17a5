using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace MppDirectory.Api.Http.Stewardship;

public static class StewardAuthentication
{
    public const string WritePolicy = "steward-write";

    public const string AdminPolicy = "directory-admin";

    /// <summary>The claim that carries a token's app roles (Entra ID's, and development tokens').</summary>
    public const string RoleClaim = "roles";

    /// <summary>The claim that carries the steward's name.</summary>
    public const string NameClaim = "name";

    /// <summary>
    /// Bearer tokens for writes (reads stay anonymous): from Entra ID when an authority is configured,
    /// else signed with the development key. Missing or bad tokens get a 401 problem with
    /// <c>WWW-Authenticate: Bearer</c>, tokens without the role a 403 problem. The same issuer signs the
    /// reads app's proof (<see cref="ForwarderProof"/>), checked by a second scheme.
    /// Refuses to start where it would fail open: a development key outside Development, or no Entra ID
    /// authority in Azure.
    /// </summary>
    public static IServiceCollection AddStewardAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(StewardshipOptions.Section).Get<StewardshipOptions>() ?? new StewardshipOptions();
        RefuseUnsafeSettings(options, configuration, environment);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt => Configure(jwt, options, stewards: true))
            .AddJwtBearer(ForwarderProof.Scheme, jwt => Configure(jwt, options, stewards: false));
        services.AddAuthorizationBuilder()
            .AddPolicy(WritePolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StewardRoles.Write, StewardRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StewardRoles.Admin));
        services.AddSingleton<StewardWriteQuota>();
        return services;
    }

    /// <summary>Whether the app runs in Azure App Service or Functions, which set the site's name in every instance.</summary>
    public static bool InAzure(IConfiguration configuration) => !string.IsNullOrEmpty(configuration["WEBSITE_SITE_NAME"]);

    private static void RefuseUnsafeSettings(StewardshipOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.DevelopmentKey) && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Authentication:DevelopmentKey is set in the {environment.EnvironmentName} environment; a key anyone with the settings can sign with works only in Development.");
        }

        if (InAzure(configuration) && (string.IsNullOrWhiteSpace(options.Authority) || string.IsNullOrWhiteSpace(options.ClientId)))
        {
            throw new InvalidOperationException("In Azure the stewardship app needs Authentication:Authority and Authentication:ClientId (Entra ID); it does not start without them.");
        }
    }

    private static void Configure(JwtBearerOptions jwt, StewardshipOptions options, bool stewards)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = new[] { options.Audience, options.ClientId }.Where(a => !string.IsNullOrWhiteSpace(a)).ToList(),
            RoleClaimType = RoleClaim,
            NameClaimType = NameClaim,
        };
        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            // The issuer comes from the authority's metadata: …/{tenant}/v2.0, so only v2.0 tokens pass.
            jwt.Authority = options.Authority;
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
        }
        else
        {
            // Without a configured key no token can be valid: a key nobody knows.
            var key = string.IsNullOrWhiteSpace(options.DevelopmentKey) ? DevelopmentTokens.NewKey() : options.DevelopmentKey;
            jwt.TokenValidationParameters.ValidAlgorithms = [DevelopmentTokens.Algorithm];
            jwt.TokenValidationParameters.ValidIssuer = StewardshipOptions.DevelopmentIssuer;
            jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.SigningKey(key);
        }

        if (!stewards)
        {
            // The reads app's proof rides in a header of its own: Authorization carries the steward's token.
            jwt.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    context.Token = context.Request.Headers[ForwarderProof.Header].ToString() is { Length: > 0 } proof ? proof : null;
                    return Task.CompletedTask;
                },
            };
            return;
        }

        var allowedClients = options.AllowedClients;
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                // azp names the client application in a v2.0 token (appid in v1.0, which is refused anyway).
                var client = context.Principal?.FindFirst("azp")?.Value ?? context.Principal?.FindFirst("appid")?.Value;
                if (allowedClients.Count > 0 && (client is null || !allowedClients.Contains(client, StringComparer.OrdinalIgnoreCase)))
                {
                    context.Fail("The token was issued to a client application this directory does not accept.");
                }

                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Problems.ProblemResults.Unauthenticated()
                    .ExecuteAsync(context.HttpContext);
            },
            OnForbidden = context => Problems.ProblemResults.MissingRole(RoleNeeded(context.HttpContext))
                .ExecuteAsync(context.HttpContext),
        };
    }

    /// <summary>The role the refused endpoint asks for, for the 403 problem to name.</summary>
    private static string RoleNeeded(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(a => a.Policy == AdminPolicy) == true
            ? StewardRoles.Admin
            : StewardRoles.Write;
}
