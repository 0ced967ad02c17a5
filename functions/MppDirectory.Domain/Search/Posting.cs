namespace MppDirectory.Domain.Search;

/// <summary>A document that holds a term, with the weight of the strongest field holding it.</summary>
internal readonly record struct Posting(int Document, double Weight);
