namespace MppDirectory.Domain.Records;

/// <summary>A data-quality note: a conflict, a vague date, a miscount or a spelling the record keeps instead of choosing silently.</summary>
public sealed record DataNote(string Id, string Kind, string Text, IReadOnlyList<Citation> Citations);
