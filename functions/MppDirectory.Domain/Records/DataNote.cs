using MppDirectory.Domain.Localization;

namespace MppDirectory.Domain.Records;

/// <summary>A data-quality note: a conflict, a vague date, a miscount or a spelling the record keeps instead of choosing silently.</summary>
/// <param name="Text">The directory's own words, in Indonesian and English.</param>
public sealed record DataNote(string Id, string Kind, LocalizedText Text, IReadOnlyList<Citation> Citations);
