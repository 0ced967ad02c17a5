namespace MppDirectory.Api.Http.Stewardship;

/// <summary>The app roles of the directory's Entra ID app registration (infra/app-roles.json).</summary>
public static class StewardRoles
{
    public const string Write = "Directory.Write";
    public const string Admin = "Directory.Admin";

    /// <summary>The token claim with the regions or MPPs a steward answers for; none means the whole country.</summary>
    public const string ScopeClaim = "mpp_scope";
}
