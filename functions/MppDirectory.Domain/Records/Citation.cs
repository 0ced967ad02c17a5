namespace MppDirectory.Domain.Records;

/// <summary>A sentence of a source that states a fact.</summary>
/// <param name="Source">The id of the <see cref="Source"/>.</param>
/// <param name="Quote">The sentence, verbatim.</param>
/// <param name="Supports">Which fields of the record the sentence supports, where the record says so.</param>
public sealed record Citation(string Source, string Quote, IReadOnlyList<string>? Supports = null);
