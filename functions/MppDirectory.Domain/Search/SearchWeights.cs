namespace MppDirectory.Domain.Search;

/// <summary>
/// How a match scores. Each query token earns the best (field weight × match points) among the
/// item's fields: a whole-term match is worth 1 point, a prefix match of at least
/// <see cref="MinPrefixLength"/> characters ½ point. A run of 2–3 adjacent query tokens that matches
/// as one term (a phrase, or a spacing variant: "pangkal pinang" = "pangkalpinang") earns
/// <see cref="PhraseBonus"/> more per extra token. An item must match every query token (AND); its
/// score is the sum over tokens, plus the field weight × token count again when the whole query
/// equals a whole field (an exact name or acronym). The weights keep the order
/// exact name &gt; whole name token &gt; name prefix &gt; synonym &gt; service.
/// </summary>
internal static class SearchWeights
{
    public const double WholeTerm = 1.0;
    public const double Prefix = 0.5;
    public const double PhraseBonus = 0.25;
    public const int MinPrefixLength = 2;

    /// <summary>The item's own name or acronym; a counter's stated name.</summary>
    public const double Name = 1.0;

    /// <summary>The agency kind's official name and acronyms, as names of one of its counters.</summary>
    public const double KindName = 0.9;

    /// <summary>Province, regency, district and village names of an MPP.</summary>
    public const double Place = 0.8;

    /// <summary>An MPP's address and venue.</summary>
    public const double Location = 0.6;

    /// <summary>An agency kind's synonyms; a service's keywords in service search.</summary>
    public const double Synonym = 0.4;

    /// <summary>A service's name, id and keywords, when searching what offers it.</summary>
    public const double Service = 0.3;

    /// <summary>A service's description, in service search only.</summary>
    public const double Description = 0.2;

    /// <summary>Scales what an MPP is found by through its counters and services, so that its own name outranks them.</summary>
    public const double ThroughCounters = 0.5;
}
