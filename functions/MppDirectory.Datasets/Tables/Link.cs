namespace MppDirectory.Datasets.Tables;

/// <summary>A row of a link table: two ids.</summary>
internal sealed record Link(string From, string To);
