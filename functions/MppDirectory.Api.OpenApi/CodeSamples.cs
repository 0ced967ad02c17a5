using MppDirectory.Api.Http.Links;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// Code samples for each operation (Redoc shows <c>x-codeSamples</c> as tabs): its example request
/// with curl, JavaScript <c>fetch</c> and C# <c>HttpClient</c>, against the local run's address.
/// </summary>
public static class CodeSamples
{
    public static IReadOnlyList<CodeSample> For(DescribedEndpoint described)
    {
        var url = PublicUrls.LocalDefault + ExampleRequests.UrlOf(described);
        var file = described.Endpoint.Metadata.GetMetadata<Http.Caching.OwnConditionalGet>() is not null;
        return
        [
            new("Shell", "curl", file ? $"curl -fLO '{url}'" : $"curl -fsS '{url}'"),
            new("JavaScript", "fetch", file
                ? $$"""
                    const response = await fetch('{{url}}');
                    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
                    const bytes = new Uint8Array(await response.arrayBuffer());
                    """
                : $$"""
                    const response = await fetch('{{url}}');
                    if (!response.ok) throw new Error((await response.json()).detail); // an RFC 9457 problem
                    const body = await response.json();
                    """),
            new("C#", "HttpClient", file
                ? $$"""
                    using var http = new HttpClient();
                    byte[] bytes = await http.GetByteArrayAsync("{{url}}");
                    """
                : $$"""
                    using var http = new HttpClient();
                    using var response = await http.GetAsync("{{url}}");
                    response.EnsureSuccessStatusCode();
                    using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    """),
        ];
    }
}

/// <param name="Lang">The language, as Redoc names it.</param>
/// <param name="Label">The tab's label.</param>
/// <param name="Source">The code.</param>
public sealed record CodeSample(
    [property: Newtonsoft.Json.JsonProperty("lang")] string Lang,
    [property: Newtonsoft.Json.JsonProperty("label")] string Label,
    [property: Newtonsoft.Json.JsonProperty("source")] string Source);
