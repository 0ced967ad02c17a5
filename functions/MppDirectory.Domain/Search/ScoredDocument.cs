namespace MppDirectory.Domain.Search;

/// <summary>A document that matched a query, by its position in the index.</summary>
internal readonly record struct ScoredDocument(int Document, double Score);
