using Microsoft.Net.Http.Headers;

namespace MppDirectory.Api.Http.Caching;

public static class EntityTags
{
    /// <summary>RFC 9110 weak comparison for <c>If-None-Match</c>: <c>*</c>, or any listed tag with the same opaque value.</summary>
    public static bool NoneMatchHits(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
