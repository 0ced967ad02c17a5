using Microsoft.AspNetCore.Diagnostics;
using MppDirectory.Api.ReadModel;
using MppDirectory.Storage;

namespace MppDirectory.Api.Http.Problems;

/// <summary>Storage that is down or empty is a 503 problem the client can retry, not a 500.</summary>
public sealed partial class StorageExceptionHandler(IProblemDetailsService problems, ILogger<StorageExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var detail = exception switch
        {
            DirectoryNotSeededException => "The directory has not been loaded into storage yet.",
            DirectoryUnavailableException unavailable => unavailable.Message,
            _ when StorageFailure.Is(exception) => "The directory's storage did not answer as expected.",
            // A connection cut while a response was read, or a storage call that timed out (not the client leaving).
            IOException or OperationCanceledException when !httpContext.RequestAborted.IsCancellationRequested => "The directory's storage did not answer as expected.",
            _ => null,
        };
        if (detail is null)
        {
            return false;
        }

        LogStorageUnavailable(logger, exception, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = ProblemResults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = ProblemResults.StorageUnavailableTitle, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable for {Path}")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception exception, PathString path);
}
