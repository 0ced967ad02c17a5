using Azure.Identity;
using MppDirectory.Api.Hosting;
using MppDirectory.Tables;

namespace MppDirectory.Api.Storage;

internal static class TableServiceClientFactory
{
    /// <summary>A connection string wins; an endpoint alone means managed identity (Azure) or the developer's login.</summary>
    public static TableServiceClient Create(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString);
        }

        if (options.Endpoint is not null)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = options.ManagedIdentityClientId,
            });
            return new TableServiceClient(options.Endpoint, credential);
        }

        throw new InvalidOperationException(
            $"Storage is not configured: set {StorageOptions.Section}:ConnectionString (Azurite or an account key) " +
            $"or {StorageOptions.Section}:Endpoint (managed identity).");
    }
}
