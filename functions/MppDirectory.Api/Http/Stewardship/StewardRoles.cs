namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// The app roles of the directory's Entra ID app registration (infra/app-roles.json): whether a token may write or
/// administer. Where a steward may write is the steward registry's say (<see cref="StewardsApi"/>), never the token's.
/// </summary>
public static class StewardRoles
{
    public const string Write = "Directory.Write";
    public const string Admin = "Directory.Admin";
}
