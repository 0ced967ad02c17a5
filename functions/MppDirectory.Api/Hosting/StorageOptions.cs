namespace MppDirectory.Api.Hosting;

/// <summary>
/// Where the directory is stored: a connection string (Shared Key; Azurite or an account key), or an
/// endpoint reached with managed identity.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    /// <summary>The Table endpoint, used with managed identity when no connection string is set.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix of every table name, so that several directories can share one account.</summary>
    public string TablePrefix { get; set; } = "mpp";
}
