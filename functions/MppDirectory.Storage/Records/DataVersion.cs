namespace MppDirectory.Storage.Records;

/// <summary>The stored directory's content version and when it last changed.</summary>
public sealed record DataVersion(string Version, DateTimeOffset UpdatedAt);
