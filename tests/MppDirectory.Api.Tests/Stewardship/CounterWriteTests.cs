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

/// <summary>PUT and DELETE /api/v1/mpps/{id}/counters/{counterId}: counters stated and ended by stewards (test-only counters and names).</summary>
public sealed class CounterWriteTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private const string Citation = """[{ "source": "tribunchannel-2024-09-20", "quote": "kalimat uji" }]""";
    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);

    private static string Counter(string name, string status = "serving") => $$"""
        { "agencyKind": "dukcapil", "statedName": "{{name}}", "agencyBasis": "stated", "status": "{{status}}", "services": ["e-ktp"],
          "schedule": { "days": [ { "day": "tuesday", "spans": [ { "opens": "08:00", "closes": "12:00" } ] } ], "exceptions": [] },
          "citations": {{Citation}} }
        """;

    private const string Ending = """
        { "ended": { "value": "2026-11", "precision": "month", "basis": "stated", "text": "November 2026" }, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "kalimat uji" }] }
        """;

    [Fact]
    public async Task ANewCounterNeedsNoIfMatchAndAReplacedOneDoes()
    {
        const string path = "/api/v1/mpps/kota-pekalongan/counters/fixture-loket";
        var before = await LastChangeAsync();

        var created = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, Counter("Loket uji"), Writer));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(ApiFixture.PublicBaseUrl + path, created.Headers.Location?.ToString());
        var read = await api.Client.GetAsync(path);
        Assert.Equal(created.Headers.ETag!.Tag.Split('.')[0], read.Headers.ETag!.Tag.Split('.')[0]);
        var counter = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Loket uji", counter.GetProperty("statedName").GetString());
        Assert.Equal("Tu 08:00-12:00; PH off", counter.GetProperty("hours").GetProperty("openingHours").GetString());
        Assert.Contains("fixture-loket", (await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan/counters?per_page=100")).ItemIds());

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, Counter("Loket uji 2"), Writer)), HttpStatusCode.PreconditionRequired);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, Counter("Loket uji 2"), Writer, "\"stale.000000000000000000000000\"")), HttpStatusCode.PreconditionFailed);

        var replaced = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, Counter("Loket uji 2", "joining-later"), Writer, read.Headers.ETag.Tag));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(read.Headers.ETag.Tag, replaced.Headers.ETag!.Tag);
        Assert.Equal("joining-later", (await api.Client.GetJsonAsync(path)).GetProperty("status").GetString());
        var changes = (await api.Client.GetJsonAsync($"/api/v1/changes?since={before}")).GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["create", "update"], changes.Select(c => c.GetProperty("operation").GetString()));
        Assert.All(changes, c => Assert.Equal("mpps/kota-pekalongan/counters/fixture-loket", c.GetProperty("entity").GetString()));
        Assert.Equal(["statedName", "status"], changes[1].GetProperty("after").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Loket uji", changes[1].GetProperty("before").GetProperty("statedName").GetString());
    }

    [Fact]
    public async Task ANewCounterWithATagOfNoKnownRevisionIs412AndNotCreated()
    {
        const string path = "/api/v1/mpps/kota-pekalongan/counters/fixture-loket-stale";

        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, Counter("Loket uji basi"), Writer, "\"stale-steward-check\"")), HttpStatusCode.PreconditionFailed);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, Counter("Loket uji basi"), Writer, "stale-steward-check")), HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AnEndedCounterKeepsItsRecordAndHasNoHours()
    {
        const string path = "/api/v1/mpps/kota-pekalongan/counters/e-ktp";
        var before = await LastChangeAsync();
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Delete, path, Ending, Writer)), HttpStatusCode.PreconditionRequired);
        var etag = (await api.Client.GetAsync(path)).Headers.ETag!.Tag;

        var ended = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Delete, path, Ending, Writer, etag));

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var counter = await api.Client.GetJsonAsync(path);
        Assert.Equal("ended", counter.GetProperty("status").GetString());
        Assert.Equal("2026-11", counter.GetProperty("ended").GetProperty("value").GetString());
        Assert.False(counter.GetProperty("hours").GetProperty("known").GetBoolean());
        Assert.Equal("counter-ended", counter.GetProperty("hours").GetProperty("basis").GetString());
        Assert.Contains("e-ktp", (await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan/counters?per_page=100")).ItemIds());
        var page = await api.Client.GetStringAsync("/mpps/kota-pekalongan");
        Assert.Contains("e-KTP <span class=\"mpp-tag\">Berhenti melayani</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\":\"e-KTP\"", page[page.IndexOf("application/ld+json", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var change = Assert.Single((await api.Client.GetJsonAsync($"/api/v1/changes?since={before}")).GetProperty("changes").EnumerateArray());
        Assert.Equal("end", change.GetProperty("operation").GetString());
        Assert.Equal("serving", change.GetProperty("before").GetProperty("status").GetString());

        // Ending it again changes nothing.
        var again = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Delete, path, Ending, Writer, ended.Headers.ETag!.Tag));
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(before + 1, await LastChangeAsync());
    }

    [Fact]
    public async Task WhatIsWrongIsNamedAndNothingIsWritten()
    {
        var before = await LastChangeAsync();
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-langsa")).Headers.ETag!.Tag;
        var wrong = """
            { "agencyKind": "no-such-agency", "statedName": "", "status": "ended", "services": ["no-such-service"],
              "schedule": { "days": [ { "day": "monday", "spans": [ { "opens": "08:00", "closes": "12:00" }, { "opens": "11:00", "closes": "15:00" } ] } ], "exceptions": [] } }
            """;

        var problem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-langsa/counters/Bad_Id", wrong, Writer, etag)), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(
            ["agencyBasis", "agencyKind", "citations", "counterId", "schedule", "services[0]", "statedName", "status"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-langsa/counters/x", """{ "colour": "red" }""", Writer, etag)), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Delete, "/api/v1/mpps/kota-langsa/counters/no-such-counter", Ending, Writer, etag)), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-langsa/counters/x", Counter("X"), StewardTokens.For("jateng-province", [StewardRoles.Write]))),
            HttpStatusCode.Forbidden);
        Assert.Equal(before, await LastChangeAsync());
        Assert.Equal(etag, (await api.Client.GetAsync("/api/v1/mpps/kota-langsa")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task ConcurrentCounterWritesWithOneTagHaveOneWinner()
    {
        var before = await LastChangeAsync();
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-banjarbaru/counters")).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, $"/api/v1/mpps/kota-banjarbaru/counters/fixture-race-{i}", Counter($"Loket {i}"), Writer, etag))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal(before + 1, await LastChangeAsync());
        Assert.Single((await api.Client.GetJsonAsync("/api/v1/mpps/kota-banjarbaru/counters?per_page=100")).ItemIds(), id => id!.StartsWith("fixture-race-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConcurrentNewCountersWithoutIfMatchAreAllAdded()
    {
        var before = await LastChangeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, $"/api/v1/mpps/kota-langsa/counters/fixture-new-{i}", Counter($"Loket baru {i}"), Writer))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(before + 3, await LastChangeAsync());
    }

    [Fact]
    public async Task IdsThatAreNotSlugsAndBodiesWithHolesAreClientErrors()
    {
        var before = await LastChangeAsync();
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-banjarbaru")).Headers.ETag!.Tag;

        // A row key of another kind, or a character storage refuses, names no MPP.
        foreach (var id in new[] { "kota-banjarbaru~polres", "~head", "kota-banjarbaru%0A" })
        {
            await ProblemAssert.IsProblemAsync(
                await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, $"/api/v1/mpps/{id}/counters/x", Counter("X"), Writer)), HttpStatusCode.NotFound);
        }

        var newline = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-banjarbaru/counters/x%0A", Counter("X"), Writer, etag)), HttpStatusCode.UnprocessableEntity);
        Assert.True(newline.GetProperty("errors").TryGetProperty("counterId", out _));

        var nullCitation = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-banjarbaru/counters/x",
            """{ "agencyKind": "polres", "statedName": "X", "agencyBasis": "stated", "status": "serving", "citations": [null] }""", Writer, etag)), HttpStatusCode.UnprocessableEntity);
        Assert.True(nullCitation.GetProperty("errors").TryGetProperty("citations[0]", out _));

        foreach (var schedule in new[] { "{}", """{ "days": null, "exceptions": [] }""", """{ "days": [null], "exceptions": [] }""" })
        {
            var response = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-banjarbaru/counters/x",
                $$"""{ "agencyKind": "polres", "statedName": "X", "agencyBasis": "stated", "status": "serving", "schedule": {{schedule}}, "citations": {{Citation}} }""", Writer, etag));
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{schedule}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var incompleteDate = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Delete, "/api/v1/mpps/kota-banjarbaru/counters/polres",
            $$"""{ "ended": { "text": "kemarin" }, "citations": {{Citation}} }""", Writer, etag));
        await ProblemAssert.IsProblemAsync(incompleteDate, HttpStatusCode.BadRequest);

        var twice = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, "/api/v1/mpps/kota-banjarbaru/counters/x",
            """{ "statedName": "X", "statedName": "Y" }""", Writer, etag));
        await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.BadRequest);
        Assert.Equal(before, await LastChangeAsync());
    }

    [Fact]
    public async Task AnEndedCounterIsNotRevivedByAPut()
    {
        const string path = "/api/v1/mpps/kota-pekalongan/counters/kejaksaan";
        var ended = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Delete, path, Ending, Writer, (await api.Client.GetAsync(path)).Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        var revived = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, Counter("Kejaksaan"), Writer, ended.Headers.ETag!.Tag));

        await ProblemAssert.IsProblemAsync(revived, HttpStatusCode.Conflict);
        Assert.Equal("ended", (await api.Client.GetJsonAsync(path)).GetProperty("status").GetString());
    }

    private async Task<long> LastChangeAsync() => (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();
}
