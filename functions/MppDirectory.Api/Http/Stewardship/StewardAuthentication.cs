using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace MppDirectory.Api.Http.Stewardship;

public static class StewardAuthentication
{
    public const string WritePolicy = "steward-write";

    public const string AdminPolicy = "directory-admin";

    /// <summary>
    /// Bearer tokens for writes (reads stay anonymous): from Entra ID when an authority is configured,
    /// else signed with the development key. Missing or bad tokens get a 401 problem with
    /// <c>WWW-Authenticate: Bearer</c>, tokens without the role a 403 problem.
    /// </summary>
    public static IServiceCollection AddStewardAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StewardshipOptions.Section).Get<StewardshipOptions>() ?? new StewardshipOptions();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = options.Audience,
                RoleClaimType = "roles",
                NameClaimType = "name",
            };
            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
            }
            else
            {
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
                var key = string.IsNullOrWhiteSpace(options.DevelopmentKey) ? RandomKey() : Convert.FromBase64String(options.DevelopmentKey);
                jwt.TokenValidationParameters.ValidIssuer = StewardshipOptions.DevelopmentIssuer;
                jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(key);
            }

            jwt.Events = new JwtBearerEvents
            {
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
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(WritePolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StewardRoles.Write, StewardRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StewardRoles.Admin));
        return services;
    }

    /// <summary>The role the refused endpoint asks for, for the 403 problem to name.</summary>
    private static string RoleNeeded(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(a => a.Policy == AdminPolicy) == true
            ? StewardRoles.Admin
            : StewardRoles.Write;

    // Without a configured issuer no token can be valid: a key nobody knows.
    private static byte[] RandomKey() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
}
