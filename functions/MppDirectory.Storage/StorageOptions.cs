namespace MppDirectory.Storage;

/// <summary>
/// Where the directory is stored. Locally and in tests a connection string (Azurite); in Azure the
/// app's managed identity and the account's endpoints, named the way identity-based Functions
/// connections are (<c>Storage__accountName</c>, or <c>Storage__tableServiceUri</c> and
/// <c>Storage__blobServiceUri</c>, with <c>Storage__clientId</c> for a user-assigned identity).
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Shared Key access (Azurite, or an account key outside Azure). Wins over the identity settings.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The storage account; gives both endpoints on the public cloud when they are not set.</summary>
    public string? AccountName { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Which identity reaches the endpoints: <c>managedidentity</c> (the default, in Azure) or <c>azurecli</c>
    /// (a person's `az login`, for running <c>mppdir seed</c> from a workstation). One credential, never a chain.
    /// </summary>
    public string Credential { get; set; } = "managedidentity";

    /// <summary>Prefix of every table name, so that several directories can share one account.</summary>
    public string TablePrefix { get; set; } = "mpp";

    /// <summary>The blob container of dataset files, <c>{version}/{file}</c>.</summary>
    public string DatasetContainer { get; set; } = "datasets";

    public Uri? ResolvedTableServiceUri =>
        TableServiceUri ?? (string.IsNullOrWhiteSpace(AccountName) ? null : new Uri($"https://{AccountName}.table.core.windows.net"));

    public Uri? ResolvedBlobServiceUri =>
        BlobServiceUri ?? (string.IsNullOrWhiteSpace(AccountName) ? null : new Uri($"https://{AccountName}.blob.core.windows.net"));
}
