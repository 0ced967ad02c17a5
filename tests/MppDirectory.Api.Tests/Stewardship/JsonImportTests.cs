using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MppDirectory.Api.Tests.Http;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>JSON in the API's own shapes, edited and brought back through POST /api/v1/imports (a directory of its own; test-only names).</summary>
public sealed class JsonImportTests(Datasets.StewardedDatasetApiFixture published) : IClassFixture<Datasets.StewardedDatasetApiFixture>
{
    private const string Cited = "?dry_run=false&source=serambinews-2024-08-03&quote=DPMPTSP%20Kota%20Langsa";
    private static readonly string Admin = ImportRequests.Admin;
    private readonly ApiFixture api = published.Api;

    [Fact]
    public async Task ThePagedListOfDetailsAndOneDetailComeBackUnchanged()
    {
        var before = await ImportRequests.StateAsync(api);
        var details = new JsonArray();
        foreach (var mpp in api.Seed.Mpps)
        {
            details.Add(JsonNode.Parse(await api.Client.GetStringAsync($"/api/v1/mpps/{mpp.Id}")));
        }

        var page = await ReportAsync(await api.Client.SendAsync(Import(new JsonObject { ["items"] = details }.ToJsonString(), Admin)));
        var one = await ReportAsync(await api.Client.SendAsync(Import(await api.Client.GetStringAsync("/api/v1/mpps/kota-langsa?lang=en"), Admin)));

        Assert.Equal("JSON", page.GetProperty("file").GetString());
        Assert.Equal(api.Seed.Mpps.Select(m => m.Id).Order(StringComparer.Ordinal), page.GetProperty("unchanged").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(0, page.GetProperty("updated").GetArrayLength() + page.GetProperty("created").GetArrayLength());
        Assert.Equal(["kota-langsa"], one.GetProperty("unchanged").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    [Fact]
    public async Task AnEditedDetailChangesItsFieldsAndCountersInOneChange()
    {
        var detail = JsonNode.Parse(await api.Client.GetStringAsync("/api/v1/mpps/kota-langsa"))!.AsObject();
        detail["floors"] = 4;
        var counters = detail["counters"]!.AsArray();
        counters[0]!["statedName"] = "Imigrasi (nama uji)";
        counters.Add(new JsonObject
        {
            ["id"] = "fixture-json",
            ["statedName"] = "Loket uji JSON",
            ["agencyKind"] = new JsonObject { ["id"] = "dukcapil" },
            ["agencyBasis"] = "stated",
            ["status"] = "possible",
        });

        var dry = await ReportAsync(await api.Client.SendAsync(Import(detail.ToJsonString(), Admin)));
        Assert.Equal(["fixture-json"], dry.GetProperty("created").EnumerateArray().Select(r => r.GetProperty("counterId").GetString()));
        Assert.Equal(2, dry.GetProperty("updated").GetArrayLength());

        var applied = await ReportAsync(await api.Client.SendAsync(Import(detail.ToJsonString(), Admin, Cited)));

        var read = await api.Client.GetJsonAsync("/api/v1/mpps/kota-langsa");
        Assert.Equal(4, read.GetProperty("floors").GetInt32());
        Assert.Equal("Imigrasi (nama uji)", read.GetProperty("counters")[0].GetProperty("statedName").GetString());
        Assert.Equal("possible", (await api.Client.GetJsonAsync("/api/v1/mpps/kota-langsa/counters/fixture-json")).GetProperty("status").GetString());
        var changeId = Assert.Single(applied.GetProperty("updated").EnumerateArray().Concat(applied.GetProperty("created").EnumerateArray())
            .Select(r => r.GetProperty("changeId").GetInt64()).Distinct());
        var change = Assert.Single((await api.Client.GetJsonAsync($"/api/v1/changes?since={changeId - 1}")).GetProperty("changes").EnumerateArray());
        Assert.Equal(4, change.GetProperty("after").GetProperty("floors").GetInt32());
        Assert.True(change.GetProperty("after").TryGetProperty("counters/fixture-json", out _));
    }

    [Fact]
    public async Task WhatIsWrongIsNamedByRecordAndFieldAndNothingIsWritten()
    {
        var before = await ImportRequests.StateAsync(api);
        var json = """
            [ { "id": "kota-langsa", "regency": { "code": "99.99" }, "counters": [ { "id": "bpkd", "agencyKind": "bpkd", "statedName": "BPKD", "status": "closed" }, { "id": "bpkd" } ] },
              { "id": "nowhere" } ]
            """;

        var problem = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Import(json, Admin)), HttpStatusCode.UnprocessableEntity);

        var keys = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("row 1, regency.code", keys);
        Assert.Contains("row 1, counters[0].status", keys);
        Assert.Contains("row 1, counters[1].id", keys);
        Assert.Contains("row 2, id", keys);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Import("""{ "id": "kota-langsa", "id": "kota-pekalongan" }""", Admin)), HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Import("{ \"id\": ", Admin)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await ImportRequests.StateAsync(api));
    }

    private static HttpRequestMessage Import(string json, string token, string query = "")
    {
        var request = StewardRequests.Json(HttpMethod.Post, ImportRequests.Path + query, json: null, token);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    private static async Task<JsonElement> ReportAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
