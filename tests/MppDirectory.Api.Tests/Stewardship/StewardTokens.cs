using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MppDirectory.Api.Http.Stewardship;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>Tokens signed with the test run's development key, as `npm run token` makes them for a local run.</summary>
public static class StewardTokens
{
    public static readonly string Key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static string For(string subject, string[] roles, string? scope = null, string? issuer = null, string? key = null)
    {
        var claims = new List<Claim> { new("sub", subject), new("name", $"Steward {subject}") };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        if (scope is not null)
        {
            claims.Add(new Claim(StewardRoles.ScopeClaim, scope));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? StewardshipOptions.DevelopmentIssuer,
            Audience = new StewardshipOptions().Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key ?? Key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
