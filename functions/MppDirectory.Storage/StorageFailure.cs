using Azure;

namespace MppDirectory.Storage;

public static class StorageFailure
{
    /// <summary>
    /// Whether an exception means storage failed or could not be reached. Azure.Core reports a
    /// request that failed on every retry as an AggregateException of the attempts.
    /// </summary>
    public static bool Is(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException => true,
        // Any attempt that failed on storage makes the whole a storage failure (others may be timeouts).
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => false,
    };
}
