using MppDirectory.Domain.Localization;

namespace MppDirectory.Domain.Records;

/// <summary>A source article. Its publisher may be unknown; its dateline is the date the text reports.</summary>
/// <param name="Publisher">The publisher as the article names itself (SERAMBINEWS.COM), when it does.</param>
/// <param name="Headline">The article's headline, where the stored text has one.</param>
/// <param name="Url">Where the article was published, once a steward records it; never guessed.</param>
/// <param name="About">What the article is about, in the directory's words (Indonesian and English).</param>
/// <param name="File">The article's text in the project's source collection; null for a source a steward registered.</param>
/// <param name="Notes">What to know when reading it, in the directory's words.</param>
/// <param name="Language">The language the article is written in (BCP 47: id, en, jv ...).</param>
public sealed record Source(
    string Id, string? File, string? Publisher, ReportedDate Dateline, LocalizedText About, LocalizedText? Notes, string? Headline = null, string? Url = null, string? Language = null);
