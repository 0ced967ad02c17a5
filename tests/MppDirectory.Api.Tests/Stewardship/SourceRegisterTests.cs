using System.Net;
using System.Text.Json;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>POST /api/v1/sources: a steward registers an article that later writes cite (test-only ids and texts).</summary>
public sealed class SourceRegisterTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);

    private static string Body(string id) => $$"""
        {
          "id": "{{id}}",
          "publisher": "FIXTURE.EXAMPLE",
          "headline": "Judul fixture",
          "dateline": { "value": "2026-11", "precision": "month", "basis": "stated", "text": "November 2026" },
          "url": "https://fixture.example/artikel",
          "language": "id",
          "about": { "id": "Artikel fixture untuk pengujian.", "en": "A fixture article for tests." }
        }
        """;

    [Fact]
    public async Task ARegisteredSourceIsReadableAuditedAndCitable()
    {
        var before = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();

        var response = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", Body("fixture-registered"), Writer));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/sources/fixture-registered", response.Headers.Location?.ToString());
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FIXTURE.EXAMPLE", created.GetProperty("publisher").GetString());
        Assert.Equal("id", created.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("file").ValueKind);

        var read = await api.Client.GetAsync("/api/v1/sources/fixture-registered");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(response.Headers.ETag, read.Headers.ETag);
        Assert.Equal("https://fixture.example/artikel", JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString());

        var change = Assert.Single((await api.Client.GetJsonAsync($"/api/v1/changes?since={before}")).GetProperty("changes").EnumerateArray());
        Assert.Equal("create", change.GetProperty("operation").GetString());
        Assert.Equal("sources/fixture-registered", change.GetProperty("entity").GetString());
        Assert.Equal("Judul fixture", change.GetProperty("after").GetProperty("headline").GetString());

        // A write may cite it now.
        var observation = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/mpps/kota-langsa/observations", """
            { "metric": "counters", "value": 1, "qualifier": "reported",
              "observedOn": { "value": "2026-11", "precision": "month", "basis": "stated", "text": "November 2026" },
              "citations": [{ "source": "fixture-registered", "quote": "kalimat fixture" }] }
            """, Writer));
        Assert.Equal(HttpStatusCode.Created, observation.StatusCode);

        // Its id is taken now.
        var again = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", Body("fixture-registered"), Writer)), HttpStatusCode.UnprocessableEntity);
        Assert.True(again.GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task WhatIsMissingOrWrongIsNamedAndNothingIsWritten()
    {
        var before = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();

        var wrong = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", """
            { "id": "Fixture Bad", "url": "javascript:alert(1)", "language": "Bahasa Indonesia",
              "dateline": { "value": "2026-13", "precision": "month", "basis": "stated", "text": "" } }
            """, Writer)), HttpStatusCode.UnprocessableEntity);
        var errors = wrong.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["about", "dateline.text", "dateline.value", "id", "language", "url"], errors.Order(StringComparer.Ordinal));

        var unknown = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", """{ "id": "fixture-x", "file": "000.txt" }""", Writer)), HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("file", out _));

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", Body("fixture-anonymous"), token: null)), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", Body("fixture-reader"), StewardTokens.For("reader", []))), HttpStatusCode.Forbidden);

        Assert.Equal(before, (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/v1/sources/fixture-reader")).StatusCode);
    }
}
