using System.Security.Cryptography;
using System.Text.Json;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// An MPP's revision: a hash of its stored record. Its ETag is <c>"{revision}.{answer hash}"</c>; the
/// part after the dot follows the clock and the reference lists, which a write does not change, so
/// writes compare only the revision (<c>If-Match</c>).
/// </summary>
public static class MppRevision
{
    /// <summary>The HttpContext item the MPP's GET sets so that its ETag starts with the revision.</summary>
    public const string ItemKey = "mpp-revision";

    public static string Of(Mpp mpp) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(mpp, DirectoryJson.Options.TypeInfo<Mpp>())))[..16];

    /// <summary>The revision an <c>If-Match</c> names; null when it names none (<c>*</c> is not accepted: a write states what it saw).</summary>
    public static string? FromIfMatch(string? ifMatch)
    {
        var tag = ifMatch?.Trim();
        if (string.IsNullOrEmpty(tag) || tag.StartsWith("W/", StringComparison.Ordinal) || tag.Length < 3 || tag[0] != '"')
        {
            return null;
        }

        var dot = tag.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 ? tag[1..dot] : null;
    }
}
