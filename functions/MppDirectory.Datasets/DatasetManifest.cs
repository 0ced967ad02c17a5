using MppDirectory.Datasets.Versioning;

namespace MppDirectory.Datasets;

/// <summary>What a version holds: its identity, the rows per table, every file with size and hash, and the changes since the previous version.</summary>
public sealed record DatasetManifest(
    string Version,
    DateTimeOffset Created,
    string DataVersion,
    IReadOnlyList<TableRows> Tables,
    IReadOnlyList<DatasetFileEntry> Files,
    DatasetChanges Changes);

public sealed record TableRows(string Table, int Rows);

public sealed record DatasetFileEntry(string Name, string MediaType, long Bytes, string Sha256);
