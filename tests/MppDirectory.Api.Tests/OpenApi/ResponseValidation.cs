using System.Net;
using NJsonSchema;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>Checks one real response against the document: its operation and status exist, and its body validates.</summary>
internal static class ResponseValidation
{
    public static async Task<string> AssertMatchesDocumentAsync(this HttpClient client, string url, HttpStatusCode expected, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: {(int)response.StatusCode} {body}");

        var (template, operation) = ContractDocument.OperationFor("get", url);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(operation.ActualResponses.TryGetValue(status, out var documented), $"{template} does not document {status}");
        foreach (var header in documented.Headers.Keys.Where(h => h != "Access-Control-Allow-Origin"))
        {
            Assert.True(
                response.Headers.TryGetValues(header, out _) || response.Content.Headers.TryGetValues(header, out _),
                $"GET {url} {status} lacks the documented {header} header");
        }

        if (documented.Content.Count == 0)
        {
            Assert.Equal("", body);
            return template + " " + status;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType!;
        Assert.True(documented.Content.TryGetValue(mediaType, out var content), $"{template} {status} does not document {mediaType}");
        if (content.Schema.Format == JsonFormatStrings.Binary)
        {
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync()); // a stored file, not JSON
            return template + " " + status;
        }

        var errors = content.Schema.Validate(body, SchemaType.OpenApi3);
        Assert.True(errors.Count == 0, $"GET {url} {status} does not match {template}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}\n{body[..Math.Min(body.Length, 2000)]}");
        return template + " " + status;
    }
}
