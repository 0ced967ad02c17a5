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

public sealed class MppPatchTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private const string Path = "/api/v1/mpps/kota-pekalongan";
    private const string Citation = """[{ "source": "tribunchannel-2024-09-20", "quote": "memiliki bangunan 2 lantai" }]""";
    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);

    [Fact]
    public async Task WithoutATokenIs401WithABearerChallenge()
    {
        var response = await api.Client.SendAsync(await PatchAsync("""{ "floors": 2 }""", token: null));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIs401()
    {
        var forged = StewardTokens.For("forger", [StewardRoles.Write], key: Convert.ToBase64String(new byte[32]));

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(await PatchAsync("""{ "floors": 2 }""", forged)), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenWithoutTheRoleIs403()
    {
        var reader = StewardTokens.For("reader", []);

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(await PatchAsync("""{ "floors": 2 }""", reader)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AScopedTokenMayChangeOnlyItsRegion()
    {
        var langsa = StewardTokens.For("aceh", [StewardRoles.Write]);

        var body = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(await PatchAsync($$"""{ "venue": "Gedung A", "citations": {{Citation}} }""", langsa)), HttpStatusCode.Forbidden);
        Assert.Contains("11.74", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScopedTokenMayNotMoveItsMppOutOfItsRegion()
    {
        var pekalongan = StewardTokens.For("jateng", [StewardRoles.Write]);

        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(await PatchAsync($$"""{ "regency": { "code": "11.74" }, "citations": {{Citation}} }""", pekalongan)),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WithoutIfMatchIs428()
    {
        var request = await PatchAsync($$"""{ "floors": 2, "citations": {{Citation}} }""", Writer);
        request.Headers.IfMatch.Clear();

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task AStaleTagIs412AndChangesNothing()
    {
        var before = await api.Client.GetStringAsync(Path);
        var request = await PatchAsync($$"""{ "floors": 9, "citations": {{Citation}} }""", Writer);
        request.Headers.IfMatch.Clear();
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0000000000000000.abc\""));

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.PreconditionFailed);
        Assert.Equal(before, await api.Client.GetStringAsync(Path));
    }

    /// <summary>A tag as the ETag header spells one but that names no revision of this MPP is stale (412), not missing (428).</summary>
    [Theory]
    [InlineData("\"stale-steward-check\"")]
    [InlineData("\"\"")]
    [InlineData("\"0000000000000000.abc\", \"stale-steward-check\"")]
    public async Task AWellFormedTagOfNoKnownRevisionIs412AndChangesNothing(string ifMatch)
    {
        var before = await api.Client.GetStringAsync(Path);
        var request = await PatchAsync($$"""{ "floors": 9, "citations": {{Citation}} }""", Writer);
        request.Headers.IfMatch.Clear();
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var body = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.PreconditionFailed);

        Assert.Equal("Changed since read", body.GetProperty("title").GetString());
        Assert.Equal(before, await api.Client.GetStringAsync(Path));
    }

    [Fact]
    public async Task AWeakFormOfTheCurrentTagIs412()
    {
        var etag = (await api.Client.GetAsync(Path)).Headers.ETag!.Tag;
        var request = await PatchAsync($$"""{ "floors": 9, "citations": {{Citation}} }""", Writer);
        request.Headers.IfMatch.Clear();
        request.Headers.TryAddWithoutValidation("If-Match", "W/" + etag);

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [InlineData("stale-steward-check")]
    [InlineData("\"unterminated")]
    [InlineData("\"a\" \"b\"")]
    [InlineData("*, \"0000000000000000.abc\"")]
    public async Task AMalformedIfMatchIs400NamingTheHeader(string ifMatch)
    {
        var before = await api.Client.GetStringAsync(Path);
        var request = await PatchAsync($$"""{ "floors": 9, "citations": {{Citation}} }""", Writer);
        request.Headers.IfMatch.Clear();
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var body = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.True(body.GetProperty("errors").TryGetProperty("If-Match", out _), $"errors should name If-Match: {body}");
        Assert.Equal(before, await api.Client.GetStringAsync(Path));
    }

    [Theory]
    [InlineData("""{ "regency": { "code": "99.99" } }""", "regency.code")]
    [InlineData("""{ "floors": 3 }""", "citations")]
    [InlineData("""{ "floors": 3, "citations": [] }""", "citations")]
    [InlineData("""{ "floors": 3, "citations": [{ "source": "no-such-source", "quote": "x" }] }""", "citations[0].source")]
    [InlineData("""{ "name": "", "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "x" }] }""", "name")]
    public async Task InvalidValuesGet422NamingEachField(string patch, string field)
    {
        var body = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(await PatchAsync(patch, Writer)), HttpStatusCode.UnprocessableEntity);

        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {body}");
    }

    [Theory]
    [InlineData("""{ "floor": 3, "citations": [] }""", "floor")]
    [InlineData("""{ "floors": "three" }""", "floors")]
    [InlineData("""{ "regency": "33.75" }""", "regency")]
    public async Task UnknownFieldsAndWrongTypesGet400NamingThem(string patch, string field)
    {
        var body = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(await PatchAsync(patch, Writer)), HttpStatusCode.BadRequest);

        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {body}");
    }

    [Fact]
    public async Task WrongContentTypeMalformedAndOversizedBodiesAreRefused()
    {
        var json = await PatchAsync("""{ "floors": 2 }""", Writer);
        json.Content!.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(json), HttpStatusCode.UnsupportedMediaType);

        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(await PatchAsync("""{ "floors": """, Writer)), HttpStatusCode.BadRequest);

        var huge = $$"""{ "address": "{{new string('x', 70_000)}}", "citations": {{Citation}} }""";
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(await PatchAsync(huge, Writer)), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AValidPatchIsReadBackWithANewTagAndAppearsOnceInTheFeed()
    {
        var lastBefore = await LastChangeAsync();
        var before = await api.Client.GetAsync(Path);

        var response = await api.Client.SendAsync(await PatchAsync($$"""{ "venue": "Gedung MPP Kota Pekalongan (koreksi)", "citations": {{Citation}} }""", Writer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await api.Client.GetAsync(Path);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(response.Headers.ETag!.Tag.ToString().Split('.')[0], after.Headers.ETag!.Tag.ToString().Split('.')[0]);
        var read = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Gedung MPP Kota Pekalongan (koreksi)", read.GetProperty("venue").GetString());

        var feed = JsonDocument.Parse(await api.Client.GetStringAsync($"/api/v1/changes?since={lastBefore}")).RootElement;
        Assert.True(feed.GetProperty("changes").GetArrayLength() == 1, $"since {lastBefore}: {feed}");
        var change = Assert.Single(feed.GetProperty("changes").EnumerateArray());
        Assert.Equal("mpps/kota-pekalongan", change.GetProperty("entity").GetString());
        Assert.Equal("Gedung MPP Kota Pekalongan (koreksi)", change.GetProperty("after").GetProperty("venue").GetString());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("actor").GetProperty("name").ValueKind); // public: pseudonymous
        Assert.StartsWith("steward-", change.GetProperty("actor").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("tribunchannel-2024-09-20", change.GetProperty("citations")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task OfFiftyConcurrentPatchesWithOneTagExactlyOneWins()
    {
        var lastBefore = await LastChangeAsync();
        var etag = (await api.Client.GetAsync(Path)).Headers.ETag!;

        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(async floors =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, Path)
            {
                Content = new StringContent($$"""{ "floors": {{floors + 2}}, "citations": {{Citation}} }""", Encoding.UTF8, WriteMediaTypes.MergePatch),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Writer);
            request.Headers.IfMatch.Add(etag);
            var response = await api.Client.SendAsync(request);
            return (floors + 2, response.StatusCode);
        }));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var stored = JsonDocument.Parse(await api.Client.GetStringAsync(Path)).RootElement;
        Assert.Equal(winner.Item1, stored.GetProperty("floors").GetInt32());
        var feed = JsonDocument.Parse(await api.Client.GetStringAsync($"/api/v1/changes?since={lastBefore}")).RootElement;
        Assert.Single(feed.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public async Task AnAdminSeesActorsNamesInTheFeed()
    {
        var admin = StewardTokens.For("admin", [StewardRoles.Admin]);
        await api.Client.SendAsync(await PatchAsync($$"""{ "address": "Jl. Jaksa Agung R. Soeprapto, Podosugih", "citations": {{Citation}} }""", admin));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/changes");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        var response = await api.Client.SendAsync(request);

        var names = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => c.GetProperty("actor").GetProperty("name").GetString());
        Assert.Contains("Steward admin", names);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    private async Task<long> LastChangeAsync() =>
        JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/changes?per_page=100")).RootElement.GetProperty("last").GetInt64();

    /// <summary>A PATCH of Pekalongan with the tag of its current state.</summary>
    private async Task<HttpRequestMessage> PatchAsync(string json, string? token)
    {
        var etag = (await api.Client.GetAsync(Path)).Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Patch, Path) { Content = new StringContent(json, Encoding.UTF8, WriteMediaTypes.MergePatch) };
        request.Headers.IfMatch.Add(etag);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
