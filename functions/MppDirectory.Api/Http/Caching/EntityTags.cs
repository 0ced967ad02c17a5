using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MppDirectory.Api.Http.Caching;

public static class EntityTags
{
    // The tags compressed answers carry beside the plain one (see Compression.UseDirectoryCompression).
    private static readonly string[] CodingSuffixes = ["-br\"", "-gzip\""];

    /// <summary>
    /// RFC 9110 weak comparison for <c>If-None-Match</c>: <c>*</c>, or any listed tag with the same opaque
    /// value, its compressed variants included (the same content in another coding).
    /// </summary>
    public static bool NoneMatchHits(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || Uncoded(tag).Compare(etag, useStrongComparison: false));

    /// <summary>
    /// The strong tag of an answer's bytes; <c>"{revision}.{hash}"</c> when the answer shows a record that
    /// writes compare by its revision (<c>If-Match</c>, see <c>MppRevision</c>).
    /// </summary>
    public static string Of(ReadOnlySpan<byte> body, string? revision = null) =>
        revision is null
            ? $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\""
            : $"\"{revision}.{Convert.ToHexStringLower(SHA256.HashData(body))[..24]}\"";

    /// <summary>The strong tag of the same answer in a content coding: <c>"abc"</c> in <c>br</c> is <c>"abc-br"</c>.</summary>
    public static string Coded(StringSegment tag, string coding) => $"\"{tag.ToString().Trim('"')}-{coding}\"";

    private static EntityTagHeaderValue Uncoded(EntityTagHeaderValue tag)
    {
        var text = tag.Tag.ToString();
        var suffix = CodingSuffixes.FirstOrDefault(s => text.EndsWith(s, StringComparison.Ordinal));
        return suffix is null ? tag : new EntityTagHeaderValue(text[..^suffix.Length] + "\"", tag.IsWeak);
    }
}
