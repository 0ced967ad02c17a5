using Azure.Data.Tables;

namespace MppDirectory.Storage.Records;

/// <summary>The writes that turn a table's stored entities into the desired ones.</summary>
internal sealed record TableChanges(
    IReadOnlyList<TableTransactionAction> Actions,
    int Added,
    int Replaced,
    int Deleted,
    int Unchanged)
{
    public TableChanges()
        : this([], 0, 0, 0, 0)
    {
    }

    public static TableChanges Between(IReadOnlyList<TableEntity> desired, IReadOnlyList<TableEntity> stored)
    {
        var storedByKey = stored.ToDictionary(e => (e.PartitionKey, e.RowKey));
        var desiredKeys = desired.Select(e => (e.PartitionKey, e.RowKey)).ToHashSet();
        var actions = new List<TableTransactionAction>();
        int added = 0, replaced = 0, unchanged = 0;

        foreach (var entity in desired)
        {
            if (!storedByKey.TryGetValue((entity.PartitionKey, entity.RowKey), out var current))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
                added++;
            }
            else if (!DocumentEntity.SameContent(entity, current))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
                replaced++;
            }
            else
            {
                unchanged++;
            }
        }

        var deletions = stored.Where(e => !desiredKeys.Contains((e.PartitionKey, e.RowKey))).ToList();
        actions.AddRange(deletions.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag)));
        return new TableChanges(actions, added, replaced, deletions.Count, unchanged);
    }

    /// <summary>Writes the actions (see <see cref="TableBatches"/>): a partition's batch lands whole or not at all.</summary>
    public Task ApplyAsync(TableClient table, CancellationToken cancellationToken) =>
        TableBatches.SubmitAsync(table, Actions, cancellationToken);

    public static TableChanges operator +(TableChanges left, TableChanges right) =>
        new([], left.Added + right.Added, left.Replaced + right.Replaced, left.Deleted + right.Deleted, left.Unchanged + right.Unchanged);
}
