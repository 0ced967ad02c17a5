namespace MppDirectory.Storage.Records;

/// <summary>
/// The served data version, when it was published, and the audit trail's head it was read at (0 for a
/// seed): a publish never replaces the version of a later head.
/// </summary>
public sealed record DataVersion(string Version, DateTimeOffset UpdatedAt, long Change = 0);
