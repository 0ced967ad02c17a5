using System.Globalization;
using System.Text;

namespace MppDirectory.Domain.Search;

/// <summary>
/// Normalises text for search: lower case, without accents, and with every run of punctuation or
/// whitespace as one token break, so "e-KTP", "E KTP" and "é.ktp" all read as the tokens "e", "ktp".
/// </summary>
public static class SearchText
{
    /// <summary>The longest run of adjacent tokens also read as one joined term.</summary>
    public const int MaxJoinedTokens = 3;

    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var token = new StringBuilder();
        // Compatibility decomposition splits "é" into "e" and a combining accent, and folds
        // full-width letters and ligatures into plain ones.
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                token.Append(char.ToLowerInvariant(c));
            }
            else if (token.Length > 0)
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
        }

        if (token.Length > 0)
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    /// <summary>The tokens joined without spaces: the form in which "Pangkal Pinang" and "Pangkalpinang" are equal.</summary>
    public static string Compact(string text) => string.Concat(Tokens(text));

    /// <summary>
    /// Every token, and every run of 2 to <see cref="MaxJoinedTokens"/> adjacent tokens joined, without
    /// duplicates: "Kota Pangkal Pinang" gives "kota", "kotapangkal", "kotapangkalpinang", "pangkal",
    /// "pangkalpinang", "pinang". Joined runs let a spacing variant match as one whole term.
    /// </summary>
    public static IReadOnlyList<string> Terms(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < tokens.Count; first++)
        {
            var lastLength = Math.Min(MaxJoinedTokens, tokens.Count - first);
            for (var length = 1; length <= lastLength; length++)
            {
                var term = Join(tokens, first, length);
                if (seen.Add(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
    }

    /// <summary>The tokens from <paramref name="first"/> on, <paramref name="length"/> of them, joined without spaces.</summary>
    public static string Join(IReadOnlyList<string> tokens, int first, int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return length == 1 ? tokens[first] : string.Concat(tokens.Skip(first).Take(length));
    }
}
