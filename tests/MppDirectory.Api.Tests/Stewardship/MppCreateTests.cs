using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>POST /api/v1/mpps: a steward registers an MPP the directory lacks (test-only ids and names).</summary>
public sealed class MppCreateTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private const string Citation = """[{ "source": "tribunchannel-2024-09-20", "quote": "memiliki bangunan 2 lantai" }]""";
    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);

    [Fact]
    public async Task ANewMppIsCreatedCitedAuditedAndReadableAtOnce()
    {
        var before = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();

        var response = await api.Client.SendAsync(Post($$"""
            { "id": "fixture-created", "name": "MPP fixture created by a test", "regency": { "code": "33.75" }, "floors": 3, "citations": {{Citation}} }
            """, Writer));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/mpps/fixture-created", response.Headers.Location?.ToString());
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("planned", created.GetProperty("status").GetString());
        Assert.Equal("33", created.GetProperty("province").GetProperty("code").GetString());
        Assert.Equal(0, created.GetProperty("counters").GetArrayLength());

        var read = await api.Client.GetAsync("/api/v1/mpps/fixture-created");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(response.Headers.ETag, read.Headers.ETag);

        var changes = (await api.Client.GetJsonAsync($"/api/v1/changes?since={before}")).GetProperty("changes").EnumerateArray().ToList();
        var change = Assert.Single(changes);
        Assert.Equal("create", change.GetProperty("operation").GetString());
        Assert.Equal("fixture-created", change.GetProperty("after").GetProperty("id").GetString());
        Assert.Equal(3, change.GetProperty("after").GetProperty("floors").GetInt32());

        // Its id is taken now.
        var again = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post($$"""
            { "id": "fixture-created", "name": "Another", "regency": { "code": "33.75" }, "citations": {{Citation}} }
            """, Writer)), HttpStatusCode.UnprocessableEntity);
        Assert.True(again.GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task WhatIsMissingOrWrongIsNamedAndNothingIsWritten()
    {
        var before = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();

        var missing = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post("""{ "id": "Fixture Bad" }""", Writer)), HttpStatusCode.UnprocessableEntity);
        var errors = missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("id", errors);
        Assert.Contains("name", errors);
        Assert.Contains("regency.code", errors);
        Assert.Contains("citations", errors);

        var unknown = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post("""{ "id": "fixture-x", "colour": "red" }""", Writer)), HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("colour", out _));

        var wrongType = Post("""{ "id": "fixture-x" }""", Writer);
        wrongType.Content!.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(wrongType), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal(before, (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64());
    }

    [Fact]
    public async Task OnlyStewardsCreateAndAScopedOneOnlyInItsRegion()
    {
        var body = $$"""{ "id": "fixture-scoped", "name": "MPP fixture scoped", "regency": { "code": "33.75" }, "citations": {{Citation}} }""";

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post(body, token: null)), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post(body, StewardTokens.For("reader", []))), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post(body, StewardTokens.For("aceh-province", [StewardRoles.Write]))), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/v1/mpps/fixture-scoped")).StatusCode);
    }

    private static HttpRequestMessage Post(string json, string? token) => StewardRequests.Json(HttpMethod.Post, "/api/v1/mpps", json, token);
}
