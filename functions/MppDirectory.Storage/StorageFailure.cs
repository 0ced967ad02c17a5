using Azure;

namespace MppDirectory.Storage;

public static class StorageFailure
{
    /// <summary>
    /// Whether an exception means storage failed or could not be reached. Azure.Core reports a
    /// request that failed on every retry as an AggregateException of the attempts; each attempt
    /// may have failed on the service, on a connection cut mid-response (IOException) or on the
    /// per-try timeout (a cancellation), and all of those mean storage did not answer. A connection
    /// reset just as it opened can reach us as a bare SocketException: .NET's connection pool lets it
    /// escape unwrapped (seen when Azurite's proxy reset connections), and Azure.Core does not retry it.
    /// </summary>
    public static bool Is(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or System.Net.Sockets.SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(e => Is(e) || e is IOException or OperationCanceledException),
        _ => false,
    };
}
