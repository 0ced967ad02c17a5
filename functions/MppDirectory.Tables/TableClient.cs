using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace MppDirectory.Tables;

/// <summary>Operations on one table and its entities. Get one from <see cref="TableServiceClient.GetTableClient"/>.</summary>
public sealed class TableClient
{
    private const int MaxTransactionActions = 100;
    private const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    private const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";

    private readonly TableRequestSender _sender;

    internal TableClient(TableRequestSender sender, string tableName)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        _sender = sender;
        Name = tableName;
    }

    public string Name { get; }

    public Uri Uri => _sender.ResourceUri(Uri.EscapeDataString(Name));

    /// <summary>Builds an OData filter, writing each interpolated value as an escaped, typed literal.</summary>
    public static string CreateQueryFilter(FormattableString filter) => TableOdataFilter.Create(filter);

    /// <summary>Creates the table; if it already exists, returns the service's 409 response instead of throwing.</summary>
    public async Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var message = _sender.CreateMessage(RequestMethod.Post, TableResourcePaths.Tables, TableResponseClassifiers.CreatedOrConflict);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableRequestSender.SetContent(
            message.Request, TableRequestSender.JsonContentType, JsonSerializer.SerializeToUtf8Bytes(new { TableName = Name }));
        var response = await _sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 409)
        {
            var error = TableServiceError.Read(response);
            if (error.Code != "TableAlreadyExists")
            {
                throw error.ToException(response);
            }
        }

        return response;
    }

    public Task<Response> DeleteAsync(CancellationToken cancellationToken = default) =>
        _sender.SendAsync(
            _sender.CreateMessage(RequestMethod.Delete, TableResourcePaths.Table(Name), TableResponseClassifiers.NoContent),
            cancellationToken);

    /// <summary>Reads one entity; a missing entity throws a 404 <see cref="RequestFailedException"/>.</summary>
    public async Task<Response<TableEntity>> GetEntityAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var response = await SendGetEntityAsync(partitionKey, rowKey, select, TableResponseClassifiers.Ok, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(ReadEntity(response), response);
    }

    /// <summary>Reads one entity; a missing entity gives a response without a value.</summary>
    public async Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var response = await SendGetEntityAsync(partitionKey, rowKey, select, TableResponseClassifiers.OkOrNotFound, cancellationToken).ConfigureAwait(false);
        return response.Status == 404
            ? new TableNoValueResponse<TableEntity>(response)
            : Response.FromValue(ReadEntity(response), response);
    }

    /// <summary>Inserts a new entity; an existing one fails with 409 EntityAlreadyExists.</summary>
    public Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ValidateKeys(entity);
        var message = _sender.CreateMessage(RequestMethod.Post, Uri.EscapeDataString(Name), TableResponseClassifiers.Created);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableRequestSender.SetContent(message.Request, TableRequestSender.JsonContentType, TableEntityJsonWriter.Write(entity));
        return _sender.SendAsync(message, cancellationToken);
    }

    /// <summary>Inserts the entity, or merges into / replaces the existing one, whatever its version.</summary>
    public Task<Response> UpsertEntityAsync(
        TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        SendEntityWriteAsync(entity, mode, ifMatch: null, cancellationToken);

    /// <summary>Updates an existing entity if its version matches <paramref name="ifMatch"/> (use <see cref="ETag.All"/> for any); otherwise 412.</summary>
    public Task<Response> UpdateEntityAsync(
        TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the entity's ETag, or ETag.All to update unconditionally.", nameof(ifMatch));
        }

        return SendEntityWriteAsync(entity, mode, ifMatch.ToString(), cancellationToken);
    }

    /// <summary>Deletes the entity if its version matches (default: any). Like Azure.Data.Tables, a missing entity is not an error.</summary>
    public Task<Response> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        var message = _sender.CreateMessage(RequestMethod.Delete, EntityPath(partitionKey, rowKey), TableResponseClassifiers.NoContentOrNotFound);
        message.Request.Headers.SetValue("If-Match", ifMatch == default ? "*" : ifMatch.ToString());
        return _sender.SendAsync(message, cancellationToken);
    }

    /// <summary>
    /// Queries entities, following continuation transparently. Each page's ContinuationToken is an
    /// opaque URL-safe string that <c>AsPages</c> accepts later to resume. <paramref name="maxPerPage"/>
    /// is the service's <c>$top</c>, at most 1,000.
    /// </summary>
    public AsyncPageable<TableEntity> QueryAsync(
        string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var selection = JoinSelect(select);
        return new TableQueryPageable(
            (continuationToken, pageSize, token) => QueryPageAsync(filter, selection, continuationToken, pageSize, token),
            maxPerPage,
            cancellationToken);
    }

    /// <summary>
    /// Runs 1–100 actions on one partition atomically. If the service rejects any action, nothing is
    /// written and a <see cref="TableTransactionFailedException"/> says which action failed.
    /// </summary>
    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var actionList = actions.ToList();
        ValidateTransaction(actionList);

        var (contentType, body) = TableTransactionRequestWriter.Write(_sender, Name, actionList);
        var message = _sender.CreateMessage(RequestMethod.Post, TableResourcePaths.Batch, TableResponseClassifiers.Accepted);
        TableRequestSender.SetContent(message.Request, contentType, body);
        var response = await _sender.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.IsError)
        {
            throw TransactionFailure(response, operationResponseCount: 0, actionList.Count, failedPosition: 0);
        }

        var operationResponses = TableTransactionResponseReader.Read(response);
        var failedPosition = operationResponses.FindIndex(operation => operation.Status >= 400);
        if (failedPosition >= 0)
        {
            throw TransactionFailure(operationResponses[failedPosition], operationResponses.Count, actionList.Count, failedPosition);
        }

        return Response.FromValue<IReadOnlyList<Response>>(operationResponses, response);
    }

    private async Task<Response> SendGetEntityAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select, ResponseClassifier classifier, CancellationToken cancellationToken)
    {
        var message = _sender.CreateMessage(RequestMethod.Get, EntityPath(partitionKey, rowKey), classifier);
        if (JoinSelect(select) is { } selection)
        {
            message.Request.Uri.AppendQuery("$select", selection);
        }

        return await _sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private Task<Response> SendEntityWriteAsync(TableEntity entity, TableUpdateMode mode, string? ifMatch, CancellationToken cancellationToken)
    {
        ValidateKeys(entity);
        var message = _sender.CreateMessage(
            TableRequestMethods.ForUpdate(mode), EntityPath(entity.PartitionKey, entity.RowKey), TableResponseClassifiers.NoContent);
        if (ifMatch is not null)
        {
            message.Request.Headers.SetValue("If-Match", ifMatch);
        }

        TableRequestSender.SetContent(message.Request, TableRequestSender.JsonContentType, TableEntityJsonWriter.Write(entity));
        return _sender.SendAsync(message, cancellationToken);
    }

    private async Task<Page<TableEntity>> QueryPageAsync(
        string? filter, string? selection, string? continuationToken, int? pageSize, CancellationToken cancellationToken)
    {
        var message = _sender.CreateMessage(RequestMethod.Get, Uri.EscapeDataString(Name) + "()", TableResponseClassifiers.Ok);
        var uri = message.Request.Uri;
        if (filter is not null)
        {
            uri.AppendQuery("$filter", filter);
        }

        if (selection is not null)
        {
            uri.AppendQuery("$select", selection);
        }

        if (pageSize is { } top)
        {
            uri.AppendQuery("$top", top.ToString(CultureInfo.InvariantCulture));
        }

        if (continuationToken is not null)
        {
            var continuation = TableContinuationToken.Decode(continuationToken);
            uri.AppendQuery("NextPartitionKey", continuation.NextPartitionKey);
            if (continuation.NextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", continuation.NextRowKey);
            }
        }

        var response = await _sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var nextToken = response.Headers.TryGetValue(NextPartitionKeyHeader, out var nextPartitionKey)
            ? new TableContinuationToken(nextPartitionKey!, response.Headers.TryGetValue(NextRowKeyHeader, out var nextRowKey) ? nextRowKey : null).Encode()
            : null;
        return Page<TableEntity>.FromValues(TableEntityJsonReader.ReadEntities(response.Content), nextToken, response);
    }

    private static TableEntity ReadEntity(Response response)
    {
        var entity = TableEntityJsonReader.ReadEntity(response.Content);
        if (response.Headers.ETag is { } etag)
        {
            entity.ETag = etag;
        }

        return entity;
    }

    private string EntityPath(string partitionKey, string rowKey)
    {
        // Empty keys are valid in Table storage, so only null is rejected.
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        return TableResourcePaths.Entity(Name, partitionKey, rowKey);
    }

    private static void ValidateKeys(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.GetString(TableEntity.PartitionKeyName) is null || entity.GetString(TableEntity.RowKeyName) is null)
        {
            throw new ArgumentException("The entity needs both a PartitionKey and a RowKey.", nameof(entity));
        }
    }

    private static void ValidateTransaction(List<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > MaxTransactionActions)
        {
            throw new ArgumentException($"A transaction holds 1 to {MaxTransactionActions} actions, not {actions.Count}.", nameof(actions));
        }

        foreach (var action in actions)
        {
            if (action is null)
            {
                throw new ArgumentException("A transaction action is null.", nameof(actions));
            }

            ValidateKeys(action.Entity);
            if (action.Entity.PartitionKey != actions[0].Entity.PartitionKey)
            {
                throw new ArgumentException("All actions in a transaction must share one PartitionKey.", nameof(actions));
            }
        }
    }

    private static string? JoinSelect(IEnumerable<string>? select) =>
        select?.ToList() is { Count: > 0 } names ? string.Join(',', names) : null;

    // The service prefixes the failure message with the zero-based action index ("2:The specified
    // entity already exists."); failing that, a response per action pins it by position.
    private static TableTransactionFailedException TransactionFailure(
        Response failed, int operationResponseCount, int actionCount, int failedPosition)
    {
        var error = TableServiceError.Read(failed);
        var colon = error.Message?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        int? index = colon > 0 && int.TryParse(error.Message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var reported)
            ? reported
            : operationResponseCount == actionCount ? failedPosition : null;
        return new TableTransactionFailedException(failed.Status, error.Describe(failed.Status, failed.ReasonPhrase), error.Code, index);
    }
}
