using System.Net.Http.Headers;
using System.Text;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>A steward's write as a test sends it: a JSON body, a bearer token, and the ETag it read.</summary>
internal static class StewardRequests
{
    public static HttpRequestMessage Json(HttpMethod method, string path, string? json, string? token, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
