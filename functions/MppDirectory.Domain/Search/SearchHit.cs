namespace MppDirectory.Domain.Search;

/// <summary>One search result; a higher <see cref="Score"/> is a closer match (see <see cref="SearchWeights"/>).</summary>
public sealed record SearchHit<T>(T Item, double Score);
