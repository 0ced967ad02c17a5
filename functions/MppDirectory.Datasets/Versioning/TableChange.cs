namespace MppDirectory.Datasets.Versioning;

/// <summary>How one table differs from the previous version.</summary>
/// <param name="Schema">Changes of the table's columns or keys, in words; empty when its schema is the same.</param>
public sealed record TableChange(string Table, int RowsAdded, int RowsRemoved, int RowsChanged, int Rows, IReadOnlyList<string> Schema);
