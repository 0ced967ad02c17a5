namespace MppDirectory.Domain.Search;

/// <summary>An index term a query term matched, whole or as its prefix, with the documents holding it.</summary>
internal readonly record struct TermMatch(bool Whole, Posting[] Postings);
