using Azure.Data.Tables;

namespace MppDirectory.Storage;

/// <summary>The one way this project writes many entities: entity-group transactions per partition.</summary>
public static class TableBatches
{
    /// <summary>The service's limit of actions in one entity-group transaction.</summary>
    public const int MaxActions = 100;

    /// <summary>
    /// Submits the actions grouped by partition in transactions of up to <see cref="MaxActions"/>, so
    /// that each transaction lands whole or not at all; returns how many transactions it sent.
    /// </summary>
    public static async Task<int> SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var transactions = 0;
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxActions))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
                transactions++;
            }
        }

        return transactions;
    }
}
