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
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        _ => false,
    };
}
