namespace MppDirectory.Domain.Search;

/// <summary>
/// Terms of many documents, each with the documents that hold it. Terms are sorted ordinally, so
/// all terms that start with one prefix sit next to each other and one binary search finds them.
/// </summary>
internal sealed class InvertedIndex
{
    private readonly string[] terms;
    private readonly Posting[][] postings;
    private readonly Dictionary<string, Posting[]> wholeFields;

    private InvertedIndex(int documentCount, string[] terms, Posting[][] postings, Dictionary<string, Posting[]> wholeFields)
    {
        DocumentCount = documentCount;
        this.terms = terms;
        this.postings = postings;
        this.wholeFields = wholeFields;
    }

    public int DocumentCount { get; }

    public static InvertedIndex Build(IEnumerable<IEnumerable<SearchField>> documents)
    {
        // Kind and service names repeat across thousands of counters: analyse each text once.
        var analysed = new Dictionary<string, AnalysedText>(StringComparer.Ordinal);
        var byTerm = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var byWholeField = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var bestTermWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var bestWholeFieldWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var document = 0;
        foreach (var fields in documents)
        {
            bestTermWeights.Clear();
            bestWholeFieldWeights.Clear();
            foreach (var field in fields)
            {
                if (!analysed.TryGetValue(field.Text, out var text))
                {
                    text = AnalysedText.Of(field.Text);
                    analysed.Add(field.Text, text);
                }

                foreach (var term in text.Terms)
                {
                    KeepHighest(bestTermWeights, term, field.Weight);
                }

                if (text.Compact.Length > 0)
                {
                    KeepHighest(bestWholeFieldWeights, text.Compact, field.Weight);
                }
            }

            AddPostings(byTerm, bestTermWeights, document);
            AddPostings(byWholeField, bestWholeFieldWeights, document);
            document++;
        }

        var sortedTerms = byTerm.Keys.Order(StringComparer.Ordinal).ToArray();
        return new InvertedIndex(
            document,
            sortedTerms,
            [.. sortedTerms.Select(term => byTerm[term].ToArray())],
            byWholeField.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// The term equal to <paramref name="queryTerm"/> (a whole match) and, when the query term is long
    /// enough to mean something as a prefix, every longer term it begins.
    /// </summary>
    public IEnumerable<TermMatch> MatchingTerms(string queryTerm)
    {
        var found = Array.BinarySearch(terms, queryTerm, StringComparer.Ordinal);
        if (found >= 0)
        {
            yield return new TermMatch(true, postings[found]);
        }

        if (queryTerm.Length < SearchWeights.MinPrefixLength)
        {
            yield break;
        }

        for (var i = found >= 0 ? found + 1 : ~found; i < terms.Length && terms[i].StartsWith(queryTerm, StringComparison.Ordinal); i++)
        {
            yield return new TermMatch(false, postings[i]);
        }
    }

    /// <summary>Documents with a field whose compact form equals <paramref name="compactQuery"/>.</summary>
    public IReadOnlyList<Posting> WholeFieldMatches(string compactQuery) =>
        wholeFields.TryGetValue(compactQuery, out var matches) ? matches : [];

    private static void KeepHighest(Dictionary<string, double> best, string key, double weight)
    {
        if (!best.TryGetValue(key, out var current) || weight > current)
        {
            best[key] = weight;
        }
    }

    private static void AddPostings(Dictionary<string, List<Posting>> index, Dictionary<string, double> weights, int document)
    {
        foreach (var (key, weight) in weights)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index.Add(key, list);
            }

            list.Add(new Posting(document, weight));
        }
    }

    private sealed record AnalysedText(IReadOnlyList<string> Terms, string Compact)
    {
        public static AnalysedText Of(string text)
        {
            var tokens = SearchText.Tokens(text);
            return new AnalysedText(SearchText.Terms(tokens), string.Concat(tokens));
        }
    }
}
