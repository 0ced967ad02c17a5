using System.Text;
using Azure.Core;

namespace MppDirectory.Tables;

/// <summary>
/// Writes an entity group transaction as a <c>$batch</c> body: a multipart/mixed batch holding
/// one changeset, each part an embedded HTTP request.
/// </summary>
internal static class TableTransactionRequestWriter
{
    private const string NewLine = "\r\n";

    public static (string ContentType, byte[] Body) Write(
        TableRequestSender sender, string tableName, IReadOnlyList<TableTransactionAction> actions)
    {
        var batchBoundary = "batch_" + Guid.NewGuid().ToString("D");
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("D");
        var body = new StringBuilder()
            .Append("--").Append(batchBoundary).Append(NewLine)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append(NewLine)
            .Append(NewLine);

        foreach (var action in actions)
        {
            body.Append("--").Append(changesetBoundary).Append(NewLine)
                .Append("Content-Type: application/http").Append(NewLine)
                .Append("Content-Transfer-Encoding: binary").Append(NewLine)
                .Append(NewLine);
            WriteOperation(body, sender, tableName, action);
        }

        body.Append("--").Append(changesetBoundary).Append("--").Append(NewLine)
            .Append("--").Append(batchBoundary).Append("--").Append(NewLine);
        return ("multipart/mixed; boundary=" + batchBoundary, Encoding.UTF8.GetBytes(body.ToString()));
    }

    private static void WriteOperation(StringBuilder body, TableRequestSender sender, string tableName, TableTransactionAction action)
    {
        var entity = action.Entity;
        var entityUri = sender.ResourceUri(TableResourcePaths.Entity(tableName, entity.PartitionKey, entity.RowKey));
        var ifMatch = action.ETag == default ? "*" : action.ETag.ToString();
        var (method, uri, condition, sendsEntity) = action.ActionType switch
        {
            TableTransactionActionType.Add => (RequestMethod.Post, sender.ResourceUri(Uri.EscapeDataString(tableName)), null, true),
            TableTransactionActionType.UpdateMerge => (TableRequestMethods.Merge, entityUri, ifMatch, true),
            TableTransactionActionType.UpdateReplace => (RequestMethod.Put, entityUri, ifMatch, true),
            TableTransactionActionType.Delete => (RequestMethod.Delete, entityUri, ifMatch, false),
            TableTransactionActionType.UpsertMerge => (TableRequestMethods.Merge, entityUri, null, true),
            TableTransactionActionType.UpsertReplace => (RequestMethod.Put, entityUri, (string?)null, true),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action type."),
        };

        body.Append(method.Method).Append(' ').Append(uri.AbsoluteUri).Append(" HTTP/1.1").Append(NewLine)
            .Append("Accept: application/json;odata=minimalmetadata").Append(NewLine)
            .Append("DataServiceVersion: 3.0").Append(NewLine);
        if (condition is not null)
        {
            body.Append("If-Match: ").Append(condition).Append(NewLine);
        }

        if (sendsEntity)
        {
            body.Append("Content-Type: ").Append(TableRequestSender.JsonContentType).Append(NewLine)
                .Append("Prefer: return-no-content").Append(NewLine)
                .Append(NewLine)
                .Append(Encoding.UTF8.GetString(TableEntityJsonWriter.Write(entity))).Append(NewLine);
        }
        else
        {
            body.Append(NewLine);
        }
    }
}
