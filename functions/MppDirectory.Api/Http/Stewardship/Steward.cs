using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// The registered steward a write acts as: their registry id (public, random), the role the registry and the
/// token both grant, their name (admins' eyes only) and where they may change the directory. Set on the request
/// by <see cref="RegisteredStewardFilter"/> for every route declared with <see cref="Writes.StewardWriteRoute.AsStewardWrite"/>.
/// </summary>
public sealed record Steward(string Id, string Role, string? Name, StewardScope Scope)
{
    /// <summary>The steward of this write; only routes declared with <see cref="Writes.StewardWriteRoute.AsStewardWrite"/> have one.</summary>
    public static Steward Of(HttpContext context) =>
        context.Features.Get<Steward>() ?? throw new InvalidOperationException("This route is not declared as a steward's write (AsStewardWrite).");

    /// <summary>Whether this steward may change <paramref name="mpp"/>: its scope covers it (nothing is national unless registered so).</summary>
    public bool MayChange(Mpp mpp) => Scope.Covers(mpp);

    public ChangeActor AsActor() => new(Id, Role, Name);

    /// <summary>The token's issuer and subject, the registry's key: Entra ID's object id, or a development token's subject.</summary>
    public static (string Issuer, string Subject)? SubjectOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst("iss")?.Value is { Length: > 0 } issuer && (user.FindFirst("oid")?.Value ?? user.FindFirst("sub")?.Value) is { Length: > 0 } subject
            ? (issuer, subject)
            : null;
}
