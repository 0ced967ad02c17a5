using System.Buffers;

namespace MppDirectory.Domain.Search;

/// <summary>Scores every document of an index against a query's tokens by the rules of <see cref="SearchWeights"/>.</summary>
internal static class QueryScorer
{
    public static List<ScoredDocument> Score(InvertedIndex index, IReadOnlyList<string> tokens)
    {
        var documents = index.DocumentCount;
        var rows = tokens.Count + 1; // one row of best credit per query token, and a last row for the exact-field bonus
        var credit = ArrayPool<double>.Shared.Rent(rows * documents);
        try
        {
            Array.Clear(credit, 0, rows * documents);
            CreditTokens(index, tokens, credit);
            CreditExactField(index, tokens, credit);
            return Collect(tokens.Count, documents, credit);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(credit);
        }
    }

    private static void CreditTokens(InvertedIndex index, IReadOnlyList<string> tokens, double[] credit)
    {
        var documents = index.DocumentCount;
        for (var first = 0; first < tokens.Count; first++)
        {
            var lastLength = Math.Min(SearchText.MaxJoinedTokens, tokens.Count - first);
            for (var length = 1; length <= lastLength; length++)
            {
                var phrase = 1 + (SearchWeights.PhraseBonus * (length - 1));
                foreach (var match in index.MatchingTerms(SearchText.Join(tokens, first, length)))
                {
                    var points = (match.Whole ? SearchWeights.WholeTerm : SearchWeights.Prefix) * phrase;
                    foreach (var posting in match.Postings)
                    {
                        var earned = posting.Weight * points;
                        for (var token = first; token < first + length; token++)
                        {
                            ref var best = ref credit[(token * documents) + posting.Document];
                            best = Math.Max(best, earned);
                        }
                    }
                }
            }
        }
    }

    private static void CreditExactField(InvertedIndex index, IReadOnlyList<string> tokens, double[] credit)
    {
        var bonusRow = tokens.Count * index.DocumentCount;
        foreach (var posting in index.WholeFieldMatches(string.Concat(tokens)))
        {
            credit[bonusRow + posting.Document] = posting.Weight * tokens.Count;
        }
    }

    private static List<ScoredDocument> Collect(int tokenCount, int documents, double[] credit)
    {
        var scored = new List<ScoredDocument>();
        for (var document = 0; document < documents; document++)
        {
            var exactBonus = credit[(tokenCount * documents) + document];
            var score = exactBonus;
            var everyTokenMatched = true;
            for (var token = 0; token < tokenCount && everyTokenMatched; token++)
            {
                var earned = credit[(token * documents) + document];
                everyTokenMatched = earned > 0;
                score += earned;
            }

            // An exact field always matches, even when its spacing splits the query into runs longer than the joined terms.
            if (everyTokenMatched || exactBonus > 0)
            {
                // Rounding keeps equal scores reached by different float paths equal, so ties fall to the id order.
                scored.Add(new ScoredDocument(document, Math.Round(score, 6)));
            }
        }

        return scored;
    }
}
