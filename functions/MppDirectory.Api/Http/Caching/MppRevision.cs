using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// An MPP's revision: a hash of its stored record. Its ETag is <c>"{revision}.{answer hash}"</c>; the
/// part after the dot follows the clock and the reference lists, which a write does not change, so
/// writes compare only the revision (<c>If-Match</c>).
/// </summary>
public static class MppRevision
{
    /// <summary>The HttpContext item the MPP's GET sets so that its ETag starts with the revision.</summary>
    public const string ItemKey = "mpp-revision";

    /// <summary>
    /// Whether the answers of this type show an MPP's record, so that their ETag starts with its revision (the MPP,
    /// its counters, one counter; the reads set <see cref="ItemKey"/>, the writes answer through <c>StewardWrite</c>).
    /// </summary>
    public static bool Tags(Type answer) =>
        answer == typeof(Mpps.MppDetail) || answer == typeof(Mpps.CounterView) || answer == typeof(Paging.PagedList<Mpps.CounterView>);

    public static string Of(Mpp mpp) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(mpp, DirectoryJson.Options.TypeInfo<Mpp>())))[..16];

    /// <summary>
    /// What a write's <c>If-Match</c> says (RFC 9110 section 13.1.1): nothing (absent or empty); something that
    /// is not a list of entity tags (malformed); <c>*</c>, which a write does not accept, since it states no
    /// revision; or the tags, of which only a strong one that starts with a revision can match.
    /// </summary>
    public static IfMatch ReadIfMatch(StringValues header)
    {
        if (StringValues.IsNullOrEmpty(header) || header.All(string.IsNullOrWhiteSpace))
        {
            return IfMatch.Absent;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            return IfMatch.Malformed;
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return tags.Count == 1 ? IfMatch.AnyTag : IfMatch.Malformed; // "*" stands alone
        }

        // Weak tags never match a write (strong comparison); a strong one without a dot names no revision.
        return new IfMatch(IfMatchKind.Tags, [.. tags.Where(t => !t.IsWeak).Select(t => RevisionOf(t.Tag.ToString())).OfType<string>()]);
    }

    private static string? RevisionOf(string quoted)
    {
        var dot = quoted.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 ? quoted[1..dot] : null;
    }
}

public enum IfMatchKind
{
    Absent,
    Malformed,
    Any,
    Tags,
}

/// <summary>A write's <c>If-Match</c>, read by <see cref="MppRevision.ReadIfMatch"/>; the revisions its tags name.</summary>
public sealed record IfMatch(IfMatchKind Kind, IReadOnlyList<string> Revisions)
{
    public static IfMatch Absent { get; } = new(IfMatchKind.Absent, []);

    public static IfMatch Malformed { get; } = new(IfMatchKind.Malformed, []);

    public static IfMatch AnyTag { get; } = new(IfMatchKind.Any, []);

    /// <summary>Whether the header is there at all: a write that may go without one still honours one that is.</summary>
    public bool Present => Kind != IfMatchKind.Absent;

    public bool Matches(string revision) => Kind == IfMatchKind.Tags && Revisions.Contains(revision, StringComparer.Ordinal);
}
