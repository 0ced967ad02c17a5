namespace MppDirectory.Domain.Search;

/// <summary>Items of one kind, indexed by their search fields and ranked best first, ties by id.</summary>
internal sealed class SearchIndex<T>
{
    /// <summary>Bounds the work of one query: the scorer considers every run of up to three tokens.</summary>
    private const int MaxQueryTokens = 12;

    private readonly T[] items;
    private readonly string[] tieKeys;
    private readonly InvertedIndex index;

    public SearchIndex(IEnumerable<T> items, Func<T, IEnumerable<SearchField>> fieldsOf, Func<T, string> idOf)
    {
        this.items = [.. items];
        tieKeys = [.. this.items.Select(idOf)];
        index = InvertedIndex.Build(this.items.Select(fieldsOf));
    }

    public IReadOnlyList<SearchHit<T>> Search(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = SearchText.Tokens(query).Take(MaxQueryTokens).ToArray();
        if (tokens.Length == 0)
        {
            return [];
        }

        var scored = QueryScorer.Score(index, tokens);
        scored.Sort(BestFirst);
        return [.. scored.Select(s => new SearchHit<T>(items[s.Document], s.Score))];
    }

    private int BestFirst(ScoredDocument a, ScoredDocument b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byId = string.CompareOrdinal(tieKeys[a.Document], tieKeys[b.Document]);
        return byId != 0 ? byId : a.Document.CompareTo(b.Document);
    }
}
