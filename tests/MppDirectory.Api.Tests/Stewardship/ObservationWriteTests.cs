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

/// <summary>POST /api/v1/mpps/{id}/observations: a count a source reports, cited and audited.</summary>
public sealed class ObservationWriteTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private const string Path = "/api/v1/mpps/kota-pekalongan/observations";
    private const string Citation = """[{ "source": "tribunchannel-2024-09-20", "quote": "menyediakan 23 gerai layanan OPD maupun instansi vertikal" }]""";
    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);

    [Fact]
    public async Task ACitedCountIsAddedToTheMppAndAuditedOnce()
    {
        var before = await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan");
        var last = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();

        var response = await api.Client.SendAsync(Post($$"""
            { "metric": "counters", "value": 23, "qualifier": "reported",
              "observedOn": { "value": "2024-09", "precision": "month", "basis": "stated", "text": "September 2024" },
              "citations": {{Citation}} }
            """, Writer));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reported = (await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan")).GetProperty("counts").GetProperty("reported");
        Assert.Equal(before.GetProperty("counts").GetProperty("reported").GetArrayLength() + 1, reported.GetArrayLength());
        Assert.Contains(reported.EnumerateArray(), o => o.GetProperty("observedOn").GetProperty("value").GetString() == "2024-09");
        var change = Assert.Single((await api.Client.GetJsonAsync($"/api/v1/changes?since={last}")).GetProperty("changes").EnumerateArray());
        Assert.Equal("mpps/kota-pekalongan/observations", change.GetProperty("entity").GetString());
        Assert.Equal(23, change.GetProperty("after").GetProperty("observation").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task ADateThatLosesItsPrecisionOrAMissingCitationIsNamedAndNothingIsWritten()
    {
        var last = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();

        var imprecise = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post("""
            { "metric": "counters", "value": 5, "qualifier": "reported",
              "observedOn": { "value": "2024-09-20", "precision": "month", "basis": "stated", "text": "September 2024" } }
            """, Writer)), HttpStatusCode.UnprocessableEntity);
        var errors = imprecise.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("observedOn.value", errors);
        Assert.Contains("citations", errors);

        var badMetric = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post("""{ "metric": "queues", "value": 5 }""", Writer)), HttpStatusCode.BadRequest);
        Assert.True(badMetric.GetProperty("errors").TryGetProperty("metric", out _));
        var unknownField = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post("""{ "colour": "red" }""", Writer)), HttpStatusCode.BadRequest);
        Assert.Single(unknownField.GetProperty("errors").EnumerateObject());

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Post("{}", token: null)), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/mpps/nowhere/observations")
            {
                Content = new StringContent($$"""{ "metric": "counters", "value": 1, "qualifier": "reported", "observedOn": { "value": "2024", "precision": "year", "basis": "stated", "text": "2024" }, "citations": {{Citation}} }""", Encoding.UTF8, "application/json"),
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Writer) },
            }),
            HttpStatusCode.NotFound);
        Assert.Equal(last, (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64());
    }

    private static HttpRequestMessage Post(string json, string? token) => StewardRequests.Json(HttpMethod.Post, Path, json, token);
}
