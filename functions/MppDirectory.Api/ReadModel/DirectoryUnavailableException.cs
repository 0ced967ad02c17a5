namespace MppDirectory.Api.ReadModel;

/// <summary>No directory is loaded yet and storage has not given one: the read is answered 503 with Retry-After.</summary>
public sealed class DirectoryUnavailableException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
