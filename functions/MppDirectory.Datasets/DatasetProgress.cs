namespace MppDirectory.Datasets;

/// <summary>One file made while building a version; <paramref name="Rows"/> is set for table files.</summary>
public sealed record DatasetProgress(string Step, string File, long Bytes, int? Rows = null);
