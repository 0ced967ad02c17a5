using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>
/// Tokens signed with the test run's development key, as `npm run token` makes them for a local run, and the
/// stewards every fixture registers: a token's subject writes only where the registry lets it.
/// </summary>
public static class StewardTokens
{
    public static readonly string Key = DevelopmentTokens.NewKey();

    /// <summary>The registered test stewards by subject: their registry role and scope. Any other subject is unregistered.</summary>
    public static readonly IReadOnlyDictionary<string, (string Role, string[] Scope)> Registered = new Dictionary<string, (string, string[])>
    {
        ["writer"] = (StewardRoles.Write, ["national"]),
        ["steward"] = (StewardRoles.Write, ["national"]),
        ["seed-test"] = (StewardRoles.Write, ["national"]),
        ["fault"] = (StewardRoles.Write, ["national"]),
        ["national-team"] = (StewardRoles.Admin, ["national"]),
        ["admin"] = (StewardRoles.Admin, ["national"]),
        ["jateng"] = (StewardRoles.Write, ["33.75"]), // Kota Pekalongan's regency
        ["jateng-province"] = (StewardRoles.Write, ["33"]),
        ["aceh"] = (StewardRoles.Write, ["11.74"]), // Kota Langsa's regency
        ["aceh-province"] = (StewardRoles.Write, ["11"]),
        ["langsa-mpp"] = (StewardRoles.Write, ["kota-langsa"]),
        ["jateng-admin"] = (StewardRoles.Admin, ["33.75"]), // an admin registered for one regency only
    };

    /// <summary>A development token (<see cref="DevelopmentTokens"/>) of <paramref name="subject"/>, or one of another issuer or key.</summary>
    public static string For(string subject, string[] roles, string? issuer = null, string? key = null)
    {
        var descriptor = DevelopmentTokens.Descriptor(subject, $"Steward {subject}", roles, DateTime.UtcNow);
        descriptor.Issuer = issuer ?? descriptor.Issuer;
        return DevelopmentTokens.Sign(descriptor, key ?? Key);
    }

    /// <summary>Registers every steward of <see cref="Registered"/>, audited like an admin's registration.</summary>
    public static async Task RegisterAllAsync(StewardRegistry registry)
    {
        var actor = new ChangeActor("test-fixture", StewardRoles.Admin, null);
        foreach (var (subject, (role, scope)) in Registered)
        {
            var entry = new StewardEntry(StewardRegistry.NewId(), StewardshipOptions.DevelopmentIssuer, subject, role, scope, true, $"Steward {subject}", actor.Id, DateTimeOffset.UtcNow);
            await registry.RegisterAsync(entry, StewardChanges.Register(entry, actor, entry.RegisteredAt, "test-fixture"));
        }
    }
}
