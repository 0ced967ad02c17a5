namespace MppDirectory.Domain.Search;

/// <summary>One piece of text an item is found by, and how strongly a match in it counts.</summary>
internal readonly record struct SearchField(string Text, double Weight);
