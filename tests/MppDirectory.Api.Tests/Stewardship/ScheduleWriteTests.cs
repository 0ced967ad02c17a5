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

/// <summary>PUT /api/v1/mpps/{id}/schedule: an MPP's hours as a source states them (test-only hours on a seed MPP's copy).</summary>
public sealed class ScheduleWriteTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private const string Path = "/api/v1/mpps/kota-langsa/schedule";
    private const string Citation = """[{ "source": "serambinews-2024-08-03", "quote": "DPMPTSP Kota Langsa" }]""";
    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);

    private const string Hours = """
        { "schedule": { "days": [
            { "day": "monday", "spans": [ { "opens": "08:00", "closes": "12:00" }, { "opens": "13:00", "closes": "15:00" } ] },
            { "day": "friday", "spans": [ { "opens": "08:00", "closes": "11:00" } ] } ],
          "exceptions": [] },
          "note": { "id": "Jam uji.", "en": "Test hours." },
          "citations": CITATION }
        """;

    [Fact]
    public async Task StatedHoursNeedIfMatchAndShowInTheScheduleAtOnce()
    {
        var body = Hours.Replace("CITATION", Citation, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Put(body, etag: null)), HttpStatusCode.PreconditionRequired);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Put(body, "\"stale.000000000000000000000000\"")), HttpStatusCode.PreconditionFailed);

        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-langsa")).Headers.ETag!.Tag;
        var response = await api.Client.SendAsync(Put(body, etag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        var schedule = await api.Client.GetJsonAsync(Path + "?lang=en");
        Assert.True(schedule.GetProperty("hours").GetProperty("known").GetBoolean());
        Assert.Equal("Test hours.", schedule.GetProperty("hours").GetProperty("note").GetString());
        Assert.Equal("Mo 08:00-12:00,13:00-15:00; Fr 08:00-11:00; PH off", schedule.GetProperty("hours").GetProperty("openingHours").GetString());
        var card = await api.Client.GetStringAsync("/embed/fragments/mpps/kota-langsa");
        Assert.DoesNotContain("Jam buka belum dipublikasikan", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverlappingSpansAndMissingCitationsAreNamedAndNothingIsWritten()
    {
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!.Tag;
        var overlapping = """
            { "schedule": { "days": [ { "day": "monday", "spans": [ { "opens": "08:00", "closes": "12:00" }, { "opens": "11:00", "closes": "15:00" } ] } ], "exceptions": [] } }
            """;

        var problem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(Put(overlapping, etag, "/api/v1/mpps/kota-pekalongan/schedule")), HttpStatusCode.UnprocessableEntity);

        var errors = problem.GetProperty("errors");
        Assert.Contains("overlaps", errors.GetProperty("schedule")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("citations", out _));
        Assert.Equal(etag, (await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!.Tag);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(Put("""{ "schedule": null, "hours": 3 }""", etag, "/api/v1/mpps/kota-pekalongan/schedule")), HttpStatusCode.BadRequest);
    }

    private static HttpRequestMessage Put(string json, string? etag, string path = Path) => StewardRequests.Json(HttpMethod.Put, path, json, Writer, etag);
}
