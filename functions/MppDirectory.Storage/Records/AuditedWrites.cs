using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Storage.Records;

/// <summary>
/// Stewards' writes and the audit trail, in one entity-group transaction: the written rows (the first
/// conditional on the ETag it was read with, or added only if new), the trail's head (conditional, so
/// writes are numbered in commit order without gaps) and the new change record. Either all land or
/// none does. Everything a steward writes shares the trail's partition for that reason (<see cref="StewardedPartition"/>).
/// </summary>
public sealed class AuditedWrites(DirectoryTables tables)
{
    private const string HeadRow = "~head";
    private const string ChangeRowPrefix = "~change-";
    private const int MaxHeadRetries = 20;

    /// <summary>At most 100 actions per transaction: the rows written, the head and the change.</summary>
    public const int MaxRowsPerWrite = 98;

    /// <summary>One MPP as stored now, with its counters and the row's ETag; null when there is none.</summary>
    public async Task<(Mpp Mpp, ETag ETag)?> ReadMppAsync(string id, CancellationToken cancellationToken = default)
    {
        // The row first, then its counters: every counter write replaces the row too, so counters read after
        // the row are at least as new as it, and a write that lands in between makes the row's ETag stale.
        var row = await tables.Mpps.GetEntityIfExistsAsync<TableEntity>(StewardedPartition.Partition, id, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is not null
            ? (DirectoryEntities.ToMpp(row.Value, await ReadCountersAsync(id, cancellationToken)), row.Value.ETag)
            : null;
    }

    private async Task<List<TableEntity>> ReadCountersAsync(string mppId, CancellationToken cancellationToken)
    {
        var (after, before) = StewardedPartition.CountersOf(mppId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {StewardedPartition.Partition} and RowKey gt {after} and RowKey lt {before}");
        var counters = new List<TableEntity>();
        await foreach (var counter in tables.Mpps.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            counters.Add(counter);
        }

        return counters;
    }

    /// <summary>
    /// Replaces the MPP's row with <paramref name="updated"/> if it still has <paramref name="etag"/>, and
    /// appends <paramref name="change"/> (its id is assigned here). Null when the MPP changed since it was
    /// read (the caller answers 412); the numbered change otherwise.
    /// </summary>
    public Task<ChangeRecord?> ReplaceMppAsync(Mpp updated, ETag etag, ChangeRecord change, CancellationToken cancellationToken = default) =>
        ReplaceMppAsync(updated, etag, [], change, cancellationToken);

    /// <summary>
    /// As <see cref="ReplaceMppAsync(Mpp, ETag, ChangeRecord, CancellationToken)"/>, also writing the rows of
    /// the counters named in <paramref name="counterIds"/>. A counter's write replaces its MPP's row too, so
    /// two writers that read the same MPP cannot both win, whichever counters they change.
    /// </summary>
    public Task<ChangeRecord?> ReplaceMppAsync(Mpp updated, ETag etag, IReadOnlyCollection<string> counterIds, ChangeRecord change, CancellationToken cancellationToken = default)
    {
        var row = DirectoryEntities.FromMpp(updated);
        row.ETag = etag;
        var counters = DirectoryEntities.FromCounters(updated)
            .Zip(updated.Counters)
            .Where(pair => counterIds.Contains(pair.Second.Id))
            .Select(pair => new TableTransactionAction(TableTransactionActionType.UpsertReplace, pair.First));
        return CommitAsync(change, [new(TableTransactionActionType.UpdateReplace, row, etag), .. counters], cancellationToken);
    }

    /// <summary>Adds a new MPP's row with <paramref name="change"/>; null when an MPP with its id exists already.</summary>
    public Task<ChangeRecord?> AddMppAsync(Mpp created, ChangeRecord change, CancellationToken cancellationToken = default) =>
        CommitAsync(change, [new(TableTransactionActionType.Add, DirectoryEntities.FromMpp(created))], cancellationToken);

    /// <summary>Registers a source with <paramref name="change"/>; null when a source with its id exists already.</summary>
    public Task<ChangeRecord?> AddSourceAsync(Source source, ChangeRecord change, CancellationToken cancellationToken = default) =>
        CommitAsync(change, [new(TableTransactionActionType.Add, DirectoryEntities.FromSource(source))], cancellationToken);

    /// <summary>Appends a change that touches no stewarded row (a forced re-seed); returns it numbered.</summary>
    public async Task<ChangeRecord> AppendAsync(ChangeRecord change, CancellationToken cancellationToken = default) =>
        (await CommitAsync(change, [], cancellationToken))!;

    /// <summary>
    /// One transaction: the <paramref name="written"/> rows (the first guarded: conditional on its ETag,
    /// or an add), the trail's head moved on by one (conditional too) and the change record under the new
    /// number. A lost race for the head is retried with the next number; a stale guarded write gives null.
    /// </summary>
    internal async Task<ChangeRecord?> CommitAsync(ChangeRecord change, IReadOnlyList<TableTransactionAction> written, CancellationToken cancellationToken)
    {
        if (written.Count > MaxRowsPerWrite)
        {
            throw new ArgumentException($"A write changes at most {MaxRowsPerWrite} rows; this one {written.Count}.", nameof(written));
        }

        for (var attempt = 0; ; attempt++)
        {
            var head = await tables.Mpps.GetEntityIfExistsAsync<TableEntity>(DirectoryEntities.MppPartition, HeadRow, cancellationToken: cancellationToken);
            var numbered = change with { Id = (head.HasValue ? head.Value!.GetInt64("Last") ?? 0 : 0) + 1 };
            var newHead = new TableEntity(DirectoryEntities.MppPartition, HeadRow) { ["Last"] = numbered.Id };
            var actions = new List<TableTransactionAction>(written);
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
                if (written.Count > 0 && ex.FailedTransactionActionIndex == 0)
                {
                    // The guarded row changed (or exists already): the writer's view is stale, unless the change
                    // is this very write, committed by an attempt whose answer was lost and retried by the SDK.
                    return await LandedAsync(change, cancellationToken);
                }

                if (attempt >= MaxHeadRetries)
                {
                    throw; // the head keeps being taken (or the trail is damaged): a 503 and a retry later
                }

                // Another write took the head first: number this one after it.
            }
        }
    }

    /// <summary>The change as the trail holds it if one of the last few changes is this write (same request, entity and fields); else null.</summary>
    private async Task<ChangeRecord?> LandedAsync(ChangeRecord change, CancellationToken cancellationToken)
    {
        const int Recent = 10;
        var last = await LastChangeAsync(cancellationToken);
        return (await ReadChangesAsync(Math.Max(0, last - Recent), Recent, cancellationToken)).LastOrDefault(c =>
            c.RequestId == change.RequestId && c.Entity == change.Entity && c.Operation == change.Operation
            && c.After.Count == change.After.Count && c.After.All(f => change.After.TryGetValue(f.Key, out var mine) && JsonElement.DeepEquals(mine, f.Value)));
    }

    /// <summary>Changes after <paramref name="since"/>, oldest first, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<ChangeRecord>> ReadChangesAsync(long since, int take, CancellationToken cancellationToken = default)
    {
        // The change rows' own key range ("." sorts right after "-"), in row-key order, which is number order.
        var filter = StewardedPartition.ChangesAfter(RowKeyOf(since));
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
    public static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value, StorageJson.Options.TypeInfo<T>());
}
