using Azure;

namespace MppDirectory.Tables;

/// <summary>An entity group transaction was rejected as a whole; nothing in it was written.</summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex, Exception? innerException = null)
        : base(status, message, errorCode, innerException)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    /// <summary>The zero-based position of the action the service rejected, when it said which.</summary>
    public int? FailedTransactionActionIndex { get; }
}
