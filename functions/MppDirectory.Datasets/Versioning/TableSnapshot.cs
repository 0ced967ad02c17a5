namespace MppDirectory.Datasets.Versioning;

/// <summary>What a version comparison needs of one table: columns with types, primary key, and each row's JSON by key.</summary>
public sealed record TableSnapshot(
    string Name,
    IReadOnlyList<(string Name, string Type)> Fields,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyDictionary<string, string> RowsByKey);
