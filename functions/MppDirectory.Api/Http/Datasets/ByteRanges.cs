using Microsoft.Net.Http.Headers;

namespace MppDirectory.Api.Http.Datasets;

/// <summary>
/// Spots a <c>Range</c> request that no byte of a file can satisfy (RFC 9110 §14), so that it gets a
/// 416 problem. Satisfiable ranges are left to the framework's range processing.
/// </summary>
public static class ByteRanges
{
    public static bool NoneSatisfiable(HttpRequest request, long length, EntityTagHeaderValue etag)
    {
        if (!HttpMethods.IsGet(request.Method)
            || !RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var range)
            || !string.Equals(range.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // An If-Range that names another version of the file turns the request into a plain GET.
        if (!string.IsNullOrEmpty(request.Headers.IfRange)
            && (!EntityTagHeaderValue.TryParse(request.Headers.IfRange.ToString(), out var ifRange) || !ifRange.Compare(etag, useStrongComparison: true)))
        {
            return false;
        }

        return range.Ranges.All(r => r.From is { } from ? from >= length : r.To is 0 || length == 0);
    }
}
