using Azure.Core;

namespace MppDirectory.Tables;

/// <summary>
/// Which statuses count as success per operation. Anything else is an error; the default
/// retriable statuses (408, 429, 5xx) are still retried by the pipeline.
/// </summary>
internal static class TableResponseClassifiers
{
    public static readonly ResponseClassifier Ok = new StatusCodeClassifier([200]);
    public static readonly ResponseClassifier OkOrNotFound = new StatusCodeClassifier([200, 404]);
    public static readonly ResponseClassifier NoContent = new StatusCodeClassifier([204]);
    public static readonly ResponseClassifier NoContentOrNotFound = new StatusCodeClassifier([204, 404]);

    // A 409 is inspected afterwards: only TableAlreadyExists means "already there".
    public static readonly ResponseClassifier CreatedOrConflict = new StatusCodeClassifier([201, 204, 409]);

    // Entity inserts honour Prefer: return-no-content (204) but 201 is also a success.
    public static readonly ResponseClassifier Created = new StatusCodeClassifier([201, 204]);
    public static readonly ResponseClassifier Accepted = new StatusCodeClassifier([202]);
}
