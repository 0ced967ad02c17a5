using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Storage.Records;

/// <summary>
/// Stewards' writes of one MPP and the audit trail, in one entity-group transaction: the MPP's row
/// (conditional on the ETag it was read with), the trail's head (conditional, so writes are numbered
/// in commit order without gaps) and the new change record. Either all three land or none does.
/// The trail lives in the MPPs' own partition for that reason; its row keys start with "~", which no
/// MPP id (a slug) can.
/// </summary>
public sealed class StewardedWrites(DirectoryTables tables)
{
    public const string TrailPrefix = "~";
    private const string HeadRow = "~head";
    private const string ChangeRowPrefix = "~change-";
    private const int MaxHeadRetries = 20;

    /// <summary>Whether a row of the MPPs' table belongs to the trail rather than to an MPP.</summary>
    public static bool IsTrailRow(TableEntity entity) => entity.RowKey.StartsWith(TrailPrefix, StringComparison.Ordinal);

    /// <summary>One MPP as stored now, with its counters and the row's ETag; null when there is none.</summary>
    public async Task<(Mpp Mpp, ETag ETag)?> ReadMppAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await tables.Mpps.GetEntityIfExistsAsync<TableEntity>(DirectoryEntities.MppPartition, id, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null)
        {
            return null;
        }

        var counters = new List<TableEntity>();
        await foreach (var counter in tables.Counters.QueryAsync<TableEntity>(c => c.PartitionKey == id, cancellationToken: cancellationToken))
        {
            counters.Add(counter);
        }

        return (DirectoryEntities.ToMpp(row.Value, counters), row.Value.ETag);
    }

    /// <summary>
    /// Replaces the MPP's row with <paramref name="updated"/> if it still has <paramref name="etag"/>, and
    /// appends <paramref name="change"/> (its id is assigned here). Null when the MPP changed since it was
    /// read (the caller answers 412); the numbered change otherwise.
    /// </summary>
    public Task<ChangeRecord?> ReplaceMppAsync(Mpp updated, ETag etag, ChangeRecord change, CancellationToken cancellationToken = default)
    {
        var row = DirectoryEntities.FromMpp(updated);
        row.ETag = etag;
        return CommitAsync(change, new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, etag), cancellationToken);
    }

    /// <summary>Adds a new MPP's row with <paramref name="change"/>; null when an MPP with its id exists already.</summary>
    public Task<ChangeRecord?> AddMppAsync(Mpp created, ChangeRecord change, CancellationToken cancellationToken = default) =>
        CommitAsync(change, new TableTransactionAction(TableTransactionActionType.Add, DirectoryEntities.FromMpp(created)), cancellationToken);

    /// <summary>Appends a change that touches no MPP row (a forced re-seed); returns it numbered.</summary>
    public async Task<ChangeRecord> AppendAsync(ChangeRecord change, CancellationToken cancellationToken = default) =>
        (await CommitAsync(change, guarded: null, cancellationToken))!;

    /// <summary>
    /// One transaction: the <paramref name="guarded"/> write (conditional on its ETag), the trail's head
    /// moved on by one (conditional too) and the change record under the new number. A lost race for
    /// the head is retried with the next number; a stale guarded write gives null.
    /// </summary>
    private async Task<ChangeRecord?> CommitAsync(ChangeRecord change, TableTransactionAction? guarded, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var head = await tables.Mpps.GetEntityIfExistsAsync<TableEntity>(DirectoryEntities.MppPartition, HeadRow, cancellationToken: cancellationToken);
            var numbered = change with { Id = (head.HasValue ? head.Value!.GetInt64("Last") ?? 0 : 0) + 1 };
            var newHead = new TableEntity(DirectoryEntities.MppPartition, HeadRow) { ["Last"] = numbered.Id };
            var actions = new List<TableTransactionAction>();
            if (guarded is not null)
            {
                actions.Add(guarded);
            }

            actions.Add(head.HasValue
                ? new(TableTransactionActionType.UpdateReplace, newHead, head.Value!.ETag)
                : new(TableTransactionActionType.Add, newHead));
            actions.Add(new(TableTransactionActionType.Add, ToEntity(numbered)));
            try
            {
                await tables.Mpps.SubmitTransactionAsync(actions, cancellationToken);
                return numbered;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                if (guarded is not null && ex.FailedTransactionActionIndex == 0)
                {
                    return null; // the guarded entity changed: the writer's view is stale
                }

                if (attempt >= MaxHeadRetries)
                {
                    throw; // the head keeps being taken (or the trail is damaged): a 503 and a retry later
                }

                // Another write took the head first: number this one after it.
            }
        }
    }

    /// <summary>Changes after <paramref name="since"/>, oldest first, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<ChangeRecord>> ReadChangesAsync(long since, int take, CancellationToken cancellationToken = default)
    {
        // Only change rows have a Number; the service returns them in row-key order, which is number order.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DirectoryEntities.MppPartition} and Number gt {since}");
        var changes = new List<ChangeRecord>();
        await foreach (var entity in tables.Mpps.QueryAsync<TableEntity>(filter, maxPerPage: take, cancellationToken: cancellationToken))
        {
            changes.Add(DocumentEntity.Read<ChangeRecord>(entity));
            if (changes.Count == take)
            {
                break;
            }
        }

        return changes;
    }

    /// <summary>The number of the last change; 0 when nothing was ever changed by a steward.</summary>
    public async Task<long> LastChangeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var head = await tables.Mpps.GetEntityIfExistsAsync<TableEntity>(DirectoryEntities.MppPartition, HeadRow, cancellationToken: cancellationToken);
            return head.HasValue ? head.Value!.GetInt64("Last") ?? 0 : 0;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0; // no table yet
        }
    }

    // Zero-padded so that row-key order is number order.
    private static string RowKeyOf(long id) => ChangeRowPrefix + id.ToString("D19", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(ChangeRecord change) =>
        DocumentEntity.Create(DirectoryEntities.MppPartition, RowKeyOf(change.Id), change, ("Number", change.Id), ("Entity", change.Entity), ("Operation", change.Operation));

    /// <summary>The JSON of a field's value as the directory writes it.</summary>
    public static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value, DirectoryJson.Options);
}
