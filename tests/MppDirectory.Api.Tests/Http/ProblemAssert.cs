using System.Net;
using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

internal static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 problem response and returns its body.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.DoesNotContain("   at ", body.ToString(), StringComparison.Ordinal); // no stack trace
        return body;
    }
}
