using System.Text.Json;
using Azure;

namespace MppDirectory.Tables;

/// <summary>The error code and message the Table service reports for a failed response.</summary>
internal sealed record TableServiceError(string? Code, string? Message)
{
    public static TableServiceError Read(Response response)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var headerCode);
        var (bodyCode, bodyMessage) = ReadBody(response);
        return new(bodyCode ?? headerCode, bodyMessage);
    }

    public RequestFailedException ToException(Response response) =>
        new(response.Status, Describe(response.Status, response.ReasonPhrase), Code, null);

    public string Describe(int status, string reasonPhrase) =>
        $"Table service request failed. Status: {status} ({reasonPhrase}) ErrorCode: {Code ?? "(none)"} Message: {Message ?? "(none)"}";

    // Body shape: {"odata.error":{"code":"...","message":{"lang":"en-US","value":"..."}}}
    private static (string? Code, string? Message) ReadBody(Response response)
    {
        if (response.ContentStream is not MemoryStream || response.Content.ToMemory().IsEmpty)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(response.Content.ToMemory());
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("odata.error", out var error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
            var message = error.TryGetProperty("message", out var messageElement)
                && messageElement.ValueKind == JsonValueKind.Object
                && messageElement.TryGetProperty("value", out var valueElement)
                ? valueElement.GetString()
                : null;
            return (code, message);
        }
        catch (JsonException)
        {
            // Not every failure (e.g. from a proxy) has a JSON body; the status still tells the story.
            return (null, null);
        }
    }
}
