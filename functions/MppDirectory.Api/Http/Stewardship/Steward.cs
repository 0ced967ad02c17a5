using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using MppDirectory.Domain.Records;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>The signed-in steward of a write: who, in which role, answering for what.</summary>
public sealed record Steward(string PseudonymousId, string Role, string? Name, IReadOnlyList<string> Scope)
{
    public static Steward Of(ClaimsPrincipal user)
    {
        // Stable per person and issuer, and not reversible to the token's subject: the public feed shows this.
        var subject = $"{user.FindFirstValue("iss")}|{user.FindFirstValue("oid") ?? user.FindFirstValue("sub")}";
        var id = "steward-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))[..12];
        var role = user.IsInRole(StewardRoles.Admin) ? StewardRoles.Admin : StewardRoles.Write;
        var scope = user.FindAll(StewardRoles.ScopeClaim)
            .SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return new Steward(id, role, user.FindFirstValue("name") ?? user.FindFirstValue("preferred_username"), scope);
    }

    /// <summary>Whether this steward may change <paramref name="mpp"/>: a national steward (no scope) may change any.</summary>
    public bool MayChange(Mpp mpp) =>
        Scope.Count == 0 || Scope.Any(s => s == mpp.Id || s == mpp.RegionCodes.Province || s == mpp.RegionCodes.Regency);

    public ChangeActor AsActor() => new(PseudonymousId, Role, Name);
}
