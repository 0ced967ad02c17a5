using Microsoft.Net.Http.Headers;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Http.Localization;

/// <summary>
/// The language of the directory's own texts in an answer: <c>lang</c> in the query, else the first
/// language of <c>Accept-Language</c> the directory writes, else Indonesian.
/// </summary>
public static class RequestLanguage
{
    public const string QueryName = "lang";

    public static Language Of(HttpRequest request) =>
        Languages.FromCode(request.Query[QueryName].ToString()) ?? FromAcceptLanguage(request) ?? Language.Indonesian;

    private static Language? FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            return null;
        }

        // Ordered by quality; a stable sort keeps the client's order between equals.
        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var primary = range.Value.Value?.Split('-')[0].ToLowerInvariant();
            // "in" is the withdrawn ISO 639 code for Indonesian that old Java and Android clients still send.
            if (primary is "id" or "in")
            {
                return Language.Indonesian;
            }

            if (primary == "en")
            {
                return Language.English;
            }
        }

        return null;
    }
}
