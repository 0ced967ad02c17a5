using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace MppDirectory.Storage;

/// <summary>
/// The Table and Blob service clients, built once from <see cref="StorageOptions"/>: a connection
/// string wins; otherwise the endpoints are reached with the managed identity alone (no
/// DefaultAzureCredential chain to probe at start). Timeouts and retries are set here, for every client.
/// </summary>
public sealed class StorageClients
{
    // Azurite 3.37 refuses the newest service versions these SDKs send; it runs with
    // --skipApiVersionCheck (tools/azurite.mjs, its one launcher) so the clients keep their defaults, as in Azure.

    // A read or write on a web request's path: give up on a try after a few seconds and retry a
    // little, rather than the SDK's batch-job defaults (100 s per try, long exponential waits).
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(10);
    private const int MaxRetries = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    private readonly TokenCredential? _credential;
    private TableServiceClient? _tables;

    public StorageClients(StorageOptions options)
    {
        Options = options;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Blobs = new BlobServiceClient(options.ConnectionString, Configure(new BlobClientOptions()));
            return;
        }

        var tableUri = options.ResolvedTableServiceUri;
        var blobUri = options.ResolvedBlobServiceUri;
        if (tableUri is null || blobUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {StorageOptions.Section}:ConnectionString (Azurite), or " +
                $"{StorageOptions.Section}:accountName (or tableServiceUri and blobServiceUri) for the managed identity.");
        }

        TokenCredential credential = options.Credential.ToLowerInvariant() switch
        {
            "managedidentity" => new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            "azurecli" => new AzureCliCredential(),
            _ => throw new InvalidOperationException($"{StorageOptions.Section}:credential must be managedidentity or azurecli, not '{options.Credential}'."),
        };
        _credential = credential;
        Blobs = new BlobServiceClient(blobUri, credential, Configure(new BlobClientOptions()));
    }

    public StorageOptions Options { get; }

    /// <summary>
    /// Made on first use: the read edition of the app (Native AOT) reads blobs only and never gets here,
    /// so the Tables SDK, which does not run under Native AOT, is not compiled into it.
    /// </summary>
    public TableServiceClient Tables => LazyInitializer.EnsureInitialized(ref _tables, CreateTables);

    public BlobServiceClient Blobs { get; }

    private TableServiceClient CreateTables() => _credential is null
        ? new TableServiceClient(Options.ConnectionString, Configure(new TableClientOptions()))
        : new TableServiceClient(Options.ResolvedTableServiceUri, _credential, Configure(new TableClientOptions()));

    private static T Configure<T>(T options)
        where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
