using Azure;

namespace MppDirectory.Tables;

/// <summary>One operation in an entity group transaction.</summary>
public sealed class TableTransactionAction
{
    /// <param name="etag">For updates and deletes: the version to match; default means any (<c>*</c>).</param>
    public TableTransactionAction(TableTransactionActionType actionType, TableEntity entity, ETag etag = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ActionType = actionType;
        Entity = entity;
        ETag = etag;
    }

    public TableTransactionActionType ActionType { get; }

    public TableEntity Entity { get; }

    public ETag ETag { get; }
}
