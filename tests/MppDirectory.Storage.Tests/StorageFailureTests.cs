using Azure;
using MppDirectory.Storage;

namespace MppDirectory.Storage.Tests;

/// <summary>What counts as storage failing: what decides between a 503 and a 500.</summary>
public sealed class StorageFailureTests
{
    public static TheoryData<Exception, bool> Cases() => new()
    {
        { new RequestFailedException(503, "busy"), true },
        { new HttpRequestException("refused"), true },
        // Azure.Core's retries: every attempt cut mid-response, or timed out, or a mix.
        { new AggregateException(new IOException("reset"), new IOException("reset")), true },
        { new AggregateException(new TaskCanceledException("per-try timeout"), new IOException("reset")), true },
        { new AggregateException(new RequestFailedException(500, "error")), true },
        // A connection reset as it opened: .NET 10's pool throws this from Socket.RemoteEndPoint, unwrapped.
        { new System.Net.Sockets.SocketException(107), true },
        // Not storage on their own: a missing file, a bug.
        { new FileNotFoundException("seed.json"), false },
        { new InvalidOperationException("bug"), false },
        { new AggregateException(new InvalidOperationException("bug")), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RetriedAttemptsThatWereCutOrTimedOutAreStorageFailing(Exception exception, bool storage)
    {
        Assert.Equal(storage, StorageFailure.Is(exception));
    }
}
