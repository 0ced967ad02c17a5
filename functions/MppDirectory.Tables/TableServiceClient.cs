using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MppDirectory.Tables;

/// <summary>
/// The entry point to one storage account's Table service. Its table clients share its
/// pipeline, so create one per account and reuse it.
/// </summary>
public sealed class TableServiceClient
{
    private const string StorageScope = "https://storage.azure.com/.default";

    private readonly TableRequestSender _sender;

    /// <summary>Shared Key from a connection string (account key, explicit TableEndpoint, or UseDevelopmentStorage=true).</summary>
    public TableServiceClient(string connectionString, TableClientOptions? options = null)
        : this(TableConnectionString.Parse(connectionString), options)
    {
    }

    /// <summary>Bearer tokens from <paramref name="credential"/>, e.g. a managed identity. Requires https.</summary>
    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        AccountName = TableAccountNames.FromEndpoint(endpoint);
        _sender = new TableRequestSender(endpoint, options, new BearerTokenAuthenticationPolicy(credential, StorageScope));
    }

    public TableServiceClient(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        AccountName = credential.AccountName;
        _sender = new TableRequestSender(endpoint, options, new TableSharedKeyPolicy(credential));
    }

    private TableServiceClient(TableConnectionString connectionString, TableClientOptions? options)
        : this(connectionString.TableEndpoint, connectionString.Credential, options)
    {
    }

    public Uri Uri => _sender.Endpoint;

    public string AccountName { get; }

    public TableClient GetTableClient(string tableName) => new(_sender, tableName);

    public Task<Response> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    public Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);
}
