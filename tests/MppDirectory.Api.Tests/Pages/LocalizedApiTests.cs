using System.Net;
using System.Text.Json;

using MppDirectory.Api.Tests.Http;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Pages;

/// <summary>JSON answers that carry the directory's own texts honour lang and Accept-Language.</summary>
public sealed class LocalizedApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Schedule = "/api/v1/mpps/kota-pekalongan/schedule";

    [Fact]
    public async Task TheScheduleSaysInIndonesianThatNoHoursArePublishedAndInEnglishOnRequest()
    {
        var indonesian = await api.Client.GetAsync(Schedule);
        var english = await api.Client.GetAsync(Schedule + "?lang=en");
        using var request = new HttpRequestMessage(HttpMethod.Get, Schedule);
        request.Headers.AcceptLanguage.ParseAdd("en-US, en;q=0.8");
        var negotiated = await api.Client.SendAsync(request);

        Assert.Equal("Tidak ada sumber yang menyebutkan jam buka.", (await indonesian.Content.ReadAsStringAsync()).JsonAt("hours", "note"));
        Assert.Equal("No source states opening hours.", (await english.Content.ReadAsStringAsync()).JsonAt("hours", "note"));
        Assert.Equal("No source states opening hours.", (await negotiated.Content.ReadAsStringAsync()).JsonAt("hours", "note"));
        Assert.Equal(["id"], indonesian.Content.Headers.ContentLanguage);
        Assert.Equal(["en"], english.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", string.Join(",", indonesian.Headers.Vary), StringComparison.Ordinal);
        Assert.NotEqual(indonesian.Headers.ETag, english.Headers.ETag);
    }

    [Fact]
    public async Task EachLanguageKeepsItsOwnTagForConditionalGets()
    {
        var english = await api.Client.GetAsync(Schedule + "?lang=en");
        using var again = new HttpRequestMessage(HttpMethod.Get, Schedule + "?lang=en");
        again.Headers.IfNoneMatch.Add(english.Headers.ETag!);
        using var indonesian = new HttpRequestMessage(HttpMethod.Get, Schedule);
        indonesian.Headers.IfNoneMatch.Add(english.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(indonesian)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownLanguageIsAProblemNamingLang()
    {
        var response = await api.Client.GetAsync(Schedule + "?lang=jv");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lang", out _));
        Assert.Empty(response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task NotesAndSourceDescriptionsAreWrittenInBothLanguages()
    {
        var indonesian = await api.Client.GetJsonAsync("/api/v1/notes?mpp=kota-pangkalpinang&kind=spelling");
        var english = await api.Client.GetJsonAsync("/api/v1/notes?mpp=kota-pangkalpinang&kind=spelling&lang=en");
        var source = await api.Client.GetJsonAsync("/api/v1/sources/suarabaru-2023-08-18");
        var mpp = await api.Client.GetJsonAsync("/api/v1/mpps/kota-pangkalpinang?lang=en");

        Assert.StartsWith("Sumber menulis", indonesian.GetProperty("items")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("The source writes", english.GetProperty("items")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Pembangunan tahap II MPP Kota Pekalongan.", source.GetProperty("about").GetString());
        Assert.All(mpp.GetProperty("notes").EnumerateArray(), n => Assert.Equal(JsonValueKind.String, n.GetProperty("text").ValueKind));
    }

    [Fact]
    public async Task AnswersWithoutTextsToTranslateSendNoContentLanguage()
    {
        var response = await api.Client.GetAsync("/api/v1/mpps");

        Assert.Empty(response.Content.Headers.ContentLanguage);
        Assert.DoesNotContain("Accept-Language", string.Join(",", response.Headers.Vary), StringComparison.Ordinal);
    }
}

internal static class JsonPath
{
    public static string? JsonAt(this string json, params string[] path)
    {
        var element = System.Text.Json.JsonDocument.Parse(json).RootElement;
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.GetString();
    }
}
