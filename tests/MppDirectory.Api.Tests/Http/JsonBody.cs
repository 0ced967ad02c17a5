using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

internal static class JsonBody
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static IReadOnlyList<string?> Strings(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString())];

    public static IReadOnlyList<string?> ItemIds(this JsonElement page) => page.GetProperty("items").Strings("id");
}
