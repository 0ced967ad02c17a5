using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Storage.Suggestions;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>
/// Residents' suggested corrections: anyone posts one (API or form, no sign-in), anyone reads it without its contact
/// email, a steward in scope rejects it with a reason or answers it with a cited PATCH that links it.
/// </summary>
public sealed partial class SuggestionTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private const string Route = "/api/v1/suggestions";
    private const string Email = "warga.fixture@contoh.test";
    private const string Citation = """[{ "source": "tribunchannel-2024-09-20", "quote": "memiliki bangunan 2 lantai" }]""";
    private static readonly string Jateng = StewardTokens.For("jateng", [StewardRoles.Write]); // 33.75: Kota Pekalongan
    private static readonly string Aceh = StewardTokens.For("aceh", [StewardRoles.Write]); // 11.74: Kota Langsa

    private SuggestionStore Store => api.Services.GetRequiredService<SuggestionStore>();

    [Fact]
    public async Task APostedSuggestionIsListedAndReadWithoutItsContact()
    {
        var response = await PostAsync(Body("kota-pekalongan", "floors", "Gedungnya 3 lantai, bukan 2.", contact: Email, evidence: "https://fixture.example/berita"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var created = JsonDocument.Parse(text).RootElement;
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"{ApiFixture.PublicBaseUrl}{Route}/{id}", response.Headers.Location?.ToString());
        Assert.Equal("open", created.GetProperty("status").GetString());
        Assert.Equal("floors", created.GetProperty("field").GetString());
        Assert.False(created.TryGetProperty("contact", out _));
        Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        var one = await api.Client.GetAsync($"{Route}/{id}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var oneText = await one.Content.ReadAsStringAsync();
        Assert.Equal("Gedungnya 3 lantai, bukan 2.", JsonDocument.Parse(oneText).RootElement.GetProperty("proposed").GetString());
        Assert.DoesNotContain(Email, oneText, StringComparison.Ordinal);

        var list = await api.Client.GetStringAsync($"{Route}?mpp=kota-pekalongan&status=open");
        Assert.Contains(id, JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.DoesNotContain(Email, list, StringComparison.Ordinal);
        Assert.DoesNotContain(id, await api.Client.GetStringAsync($"{Route}?mpp=kota-langsa"), StringComparison.Ordinal);
        Assert.DoesNotContain(id, await api.Client.GetStringAsync($"{Route}?status=rejected"), StringComparison.Ordinal);
        Assert.DoesNotContain(Email, await api.Client.GetStringAsync("/api/v1/changes?per_page=100"), StringComparison.Ordinal);
        Assert.DoesNotContain(Email, await api.Client.GetStringAsync($"/saran/{id}"), StringComparison.Ordinal);

        // Kept apart, for the stewards in scope.
        Assert.Equal(Email, await Store.GetContactAsync(id));
    }

    [Theory]
    [InlineData("""{ "mpp": "kota-atlantis", "field": "name", "proposed": "x" }""", "mpp")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "colour", "proposed": "x" }""", "field")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name" }""", "proposed")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name", "proposed": "   " }""", "proposed")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name", "proposed": "=HYPERLINK(\"http://x\")" }""", "proposed")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name", "proposed": "x", "evidence": "@SUM(A1)" }""", "evidence")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name", "proposed": "x", "contact": "bukan email" }""", "contact")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name", "proposed": "x", "website": "http://spam.example" }""", "website")]
    public async Task InvalidValuesAre422NamingTheField(string json, string field)
    {
        var before = await CountAsync();

        var problem = await ProblemAssert.IsProblemAsync(await PostAsync(json), HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task TextsOverTheirLengthAre422()
    {
        var problem = await ProblemAssert.IsProblemAsync(await PostAsync(Body("kota-pekalongan", "name", new string('a', 1001))), HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("proposed", out _));
    }

    [Theory]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name", "proposed": "x", "status": "accepted" }""")]
    [InlineData("""{ "mpp": "kota-pekalongan", "field": "name", "proposed": 3 }""")]
    [InlineData("""[1]""")]
    public async Task BodiesOfTheWrongShapeAre400(string json) =>
        await ProblemAssert.IsProblemAsync(await PostAsync(json), HttpStatusCode.BadRequest);

    [Fact]
    public async Task ABodyOverEightKilobytesIs413()
    {
        var json = Body("kota-pekalongan", "other", "x", evidence: new string('b', SuggestionInputLimit + 1));

        await ProblemAssert.IsProblemAsync(await PostAsync(json), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AnUnknownSuggestionIs404()
    {
        await ProblemAssert.IsProblemAsync(await api.Client.GetAsync($"{Route}/abcdefghjk"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await api.Client.GetAsync($"{Route}/..%2F~head"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/saran/abcdefghjk")).StatusCode);
    }

    [Fact]
    public async Task AStewardInScopeRejectsWithAPublicReasonAndTheContactIsDeleted()
    {
        var id = await SuggestAsync("kota-pekalongan", "name", "Namanya Mal Pelayanan Publik Kota Batik.", Email);

        var rejected = await RejectAsync(id, Jateng);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var body = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("rejected", body.GetProperty("status").GetString());
        Assert.Equal("Sumber resmi menyebut nama yang tercatat.", body.GetProperty("reason").GetProperty("id").GetString());
        Assert.Equal("The official source states the recorded name.", body.GetProperty("reason").GetProperty("en").GetString());
        Assert.StartsWith("steward-", body.GetProperty("closedBy").GetString(), StringComparison.Ordinal);
        Assert.Null(await Store.GetContactAsync(id));

        Assert.Contains(id, await api.Client.GetStringAsync($"{Route}?mpp=kota-pekalongan&status=rejected"), StringComparison.Ordinal);
        Assert.Contains("The official source states the recorded name.", await api.Client.GetStringAsync($"/saran/{id}?lang=en"), StringComparison.Ordinal);
        Assert.Contains("Sumber resmi menyebut nama yang tercatat.", await api.Client.GetStringAsync($"/saran/{id}"), StringComparison.Ordinal);

        // A suggestion closes once.
        await ProblemAssert.IsProblemAsync(await RejectAsync(id, Jateng), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AStewardOutsideTheScopeMayNotReject()
    {
        var id = await SuggestAsync("kota-pekalongan", "venue", "Pindah ke gedung baru.", Email);

        await ProblemAssert.IsProblemAsync(await RejectAsync(id, Aceh), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await RejectAsync(id, token: null), HttpStatusCode.Unauthorized);

        Assert.Equal(SuggestionStatusOpen, (await Store.GetAsync(id))!.Status.ToString());
        Assert.Equal(Email, await Store.GetContactAsync(id));
    }

    [Theory]
    [InlineData("""{ "reason": null }""", "reason")]
    [InlineData("""{ }""", "reason")]
    [InlineData("""{ "reason": { "id": "", "en": "Already right." } }""", "reason.id")]
    [InlineData("""{ "reason": { "id": "Sudah benar.", "en": "=1+1" } }""", "reason.en")]
    public async Task ARejectionNeedsAReasonInBothLanguages(string json, string field)
    {
        var id = await SuggestAsync("kota-pekalongan", "other", "Sesuatu.", null);

        var problem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, $"{Route}/{id}/rejection", json, Jateng)), HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal("Open", (await Store.GetAsync(id))!.Status.ToString());
    }

    [Fact]
    public async Task APatchThatAnswersASuggestionLinksItAndMarksItAccepted()
    {
        var id = await SuggestAsync("kota-pekalongan", "floors", "Tiga lantai.", Email);

        var response = await api.Client.SendAsync(await PatchAsync("kota-pekalongan", $$"""{ "floors": 3, "citations": {{Citation}}, "suggestion": "{{id}}" }""", Jateng));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changes = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/changes?per_page=100")).RootElement.GetProperty("changes");
        var change = changes.EnumerateArray().Single(c => c.GetProperty("suggestion").GetString() == id);
        Assert.Equal("mpps/kota-pekalongan", change.GetProperty("entity").GetString());
        Assert.Equal(3, change.GetProperty("after").GetProperty("floors").GetInt32());
        Assert.All(changes.EnumerateArray().Where(c => c.GetProperty("id").GetInt64() != change.GetProperty("id").GetInt64()),
            c => Assert.Equal(JsonValueKind.Null, c.GetProperty("suggestion").ValueKind));

        var suggestion = JsonDocument.Parse(await api.Client.GetStringAsync($"{Route}/{id}")).RootElement;
        Assert.Equal("accepted", suggestion.GetProperty("status").GetString());
        Assert.Equal(change.GetProperty("id").GetInt64(), suggestion.GetProperty("change").GetInt64());
        Assert.Null(await Store.GetContactAsync(id));
        Assert.Contains("Diterima", await api.Client.GetStringAsync($"/saran/{id}"), StringComparison.Ordinal);

        // Answered once: the next write may not name it again.
        var again = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(await PatchAsync("kota-pekalongan", $$"""{ "floors": 4, "citations": {{Citation}}, "suggestion": "{{id}}" }""", Jateng)),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(again.GetProperty("errors").TryGetProperty("suggestion", out _));
    }

    [Fact]
    public async Task APatchMayNotAnswerAnotherMppsOrAnUnknownOrARejectedSuggestion()
    {
        var langsa = await SuggestAsync("kota-langsa", "name", "Nama lain.", null);
        var rejected = await SuggestAsync("kota-pekalongan", "name", "Nama lain.", null);
        Assert.Equal(HttpStatusCode.OK, (await RejectAsync(rejected, Jateng)).StatusCode);

        foreach (var named in new[] { langsa, rejected, "abcdefghjk", "not an id" })
        {
            var problem = await ProblemAssert.IsProblemAsync(
                await api.Client.SendAsync(await PatchAsync("kota-pekalongan", $$"""{ "venue": "Gedung fixture", "citations": {{Citation}}, "suggestion": "{{named}}" }""", Jateng)),
                HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty("suggestion", out _), problem.ToString());
        }

        Assert.Equal("Open", (await Store.GetAsync(langsa))!.Status.ToString());
    }

    [Fact]
    public async Task TheMppPageLinksToTheFormWhichCarriesAnAntiforgeryTokenAndAHiddenHoneypot()
    {
        Assert.Contains($"{ApiFixture.PublicBaseUrl}/mpps/kota-pekalongan/saran", await api.Client.GetStringAsync("/mpps/kota-pekalongan"), StringComparison.Ordinal);

        // A client without the cookie yet, which the form's first view sets.
        using var newcomer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = api.Client.BaseAddress };
        var response = await newcomer.GetAsync("/mpps/kota-pekalongan/saran?lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("mpp-antiforgery=", StringComparison.Ordinal) && v.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase) && v.Contains("httponly", StringComparison.OrdinalIgnoreCase)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(TokenField(), html);
        Assert.Contains("Suggest a correction", html, StringComparison.Ordinal);
        Assert.Contains("SP4N-LAPOR!", html, StringComparison.Ordinal);
        Assert.Matches("""<div class="form-trap" aria-hidden="true">\s*<label for="website">[^<]+</label>\s*<input type="text" id="website" name="website" tabindex="-1" autocomplete="off">""", html);
        Assert.Contains("form-action 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/mpps/kota-atlantis/saran")).StatusCode);
    }

    [Fact]
    public async Task AFormPostWithoutTheTokenIs400AndStoresNothing()
    {
        var before = await CountAsync();
        using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = api.Client.BaseAddress };

        var response = await stranger.PostAsync("/mpps/kota-pekalongan/saran", Form(("field", "name"), ("proposed", "Nama dari situs lain.")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountAsync());

        // A token of another form's cookie is no better.
        var (token, _) = await FormTokenAsync(api.Client);
        var forged = await stranger.PostAsync("/mpps/kota-pekalongan/saran", Form(("__RequestVerificationToken", token), ("field", "name"), ("proposed", "x")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AValidFormPostRedirectsToTheSuggestionsPage()
    {
        var (token, _) = await FormTokenAsync(api.Client);

        var response = await api.Client.PostAsync("/mpps/kota-pekalongan/saran", Form(
            ("__RequestVerificationToken", token), ("field", "hours"), ("proposed", "Buka juga hari Sabtu."), ("evidence", "Papan di pintu masuk."), ("contact", Email), ("website", "")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith($"{ApiFixture.PublicBaseUrl}/saran/", location, StringComparison.Ordinal);
        var id = location[(location.LastIndexOf('/') + 1)..];
        var page = await api.Client.GetAsync($"/saran/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Buka juga hari Sabtu.", html, StringComparison.Ordinal);
        Assert.Contains("Menunggu pemeriksaan", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, html, StringComparison.Ordinal);
        Assert.Equal(Email, await Store.GetContactAsync(id));
    }

    [Fact]
    public async Task AnInvalidFormComesBackWithASummaryLinkingEachFieldAndTheValuesKept()
    {
        var (token, _) = await FormTokenAsync(api.Client);
        var before = await CountAsync();

        var response = await api.Client.PostAsync("/mpps/kota-pekalongan/saran", Form(
            ("__RequestVerificationToken", token), ("field", ""), ("proposed", ""), ("evidence", "Kata <tetangga>."), ("contact", "bukan-email")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("""<div class="error-summary" role="alert" aria-labelledby="error-summary-title">""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="#field">""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="#proposed">""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="#contact">""", html, StringComparison.Ordinal);
        Assert.Contains("<title>Galat:", html, StringComparison.Ordinal);
        Assert.Contains("Kata &lt;tetangga&gt;.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("""value="bukan-email" aria-describedby="contact-hint contact-error" aria-invalid="true">""", html, StringComparison.Ordinal);
        Assert.Matches(TokenField(), html);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AFilledHoneypotIs400AndStoresNothing()
    {
        var (token, _) = await FormTokenAsync(api.Client);
        var before = await CountAsync();

        var response = await api.Client.PostAsync("/mpps/kota-pekalongan/saran", Form(
            ("__RequestVerificationToken", token), ("field", "name"), ("proposed", "Beli obat murah."), ("website", "http://spam.example")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AFormOverEightKilobytesIs413()
    {
        var (token, _) = await FormTokenAsync(api.Client);

        var response = await api.Client.PostAsync("/mpps/kota-pekalongan/saran", Form(
            ("__RequestVerificationToken", token), ("field", "name"), ("proposed", new string('x', SuggestionInputLimit))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SuggestionsPastTheHourlyQuotaAre429WithRetryAfter()
    {
        await using var app = ApiFixture.StartApp(api.Azurite.ConnectionString, api.Names, settings: new Dictionary<string, string?> { ["RateLimiting:SuggestionsPerHour"] = "2" });
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };
        await Eventually.WaitForAsync(async () => (await client.GetAsync("/api/v1/mpps/kota-pekalongan")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(15), "the read model");
        var json = Body("kota-pekalongan", "other", "Satu.");

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Route, new StringContent(json, Encoding.UTF8, WriteMediaTypes.Json))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Route, new StringContent(json, Encoding.UTF8, WriteMediaTypes.Json))).StatusCode);
        var refused = await client.PostAsync(Route, new StringContent(json, Encoding.UTF8, WriteMediaTypes.Json));

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 3600);

        // The form counts against the same quota, and says so in a page.
        var form = await client.PostAsync("/mpps/kota-pekalongan/saran", Form(("field", "name"), ("proposed", "x")));
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Equal("text/html", form.Content.Headers.ContentType?.MediaType);
        Assert.True(form.Headers.Contains("Retry-After"));

        // Reads are not limited by it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Route)).StatusCode);
    }

    // What the store's enum spells: the tests compare with it rather than with the wire's word.
    private const string SuggestionStatusOpen = "Open";

    private const int SuggestionInputLimit = Domain.Stewardship.SuggestionInput.MaxBodyBytes;

    private static string Body(string mpp, string field, string proposed, string? contact = null, string? evidence = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["mpp"] = mpp, ["field"] = field, ["proposed"] = proposed, ["evidence"] = evidence, ["contact"] = contact });

    private Task<HttpResponseMessage> PostAsync(string json) =>
        api.Client.PostAsync(Route, new StringContent(json, Encoding.UTF8, WriteMediaTypes.Json));

    private async Task<string> SuggestAsync(string mpp, string field, string proposed, string? contact)
    {
        var response = await PostAsync(Body(mpp, field, proposed, contact));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private Task<HttpResponseMessage> RejectAsync(string id, string? token) =>
        api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, $"{Route}/{id}/rejection", """
            { "reason": { "id": "Sumber resmi menyebut nama yang tercatat.", "en": "The official source states the recorded name." } }
            """, token));

    private async Task<int> CountAsync() =>
        JsonDocument.Parse(await api.Client.GetStringAsync($"{Route}?per_page=1")).RootElement.GetProperty("totalCount").GetInt32();

    /// <summary>A PATCH of an MPP with the tag of its current state (read after the last write has loaded).</summary>
    private async Task<HttpRequestMessage> PatchAsync(string mpp, string json, string token)
    {
        var etag = (await api.Client.GetAsync($"/api/v1/mpps/{mpp}")).Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/mpps/{mpp}") { Content = new StringContent(json, Encoding.UTF8, WriteMediaTypes.MergePatch) };
        request.Headers.IfMatch.Add(etag);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>The form's token, with its cookie now in <paramref name="client"/>'s jar.</summary>
    private static async Task<(string Token, string Html)> FormTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/mpps/kota-pekalongan/saran");
        return (TokenField().Match(html).Groups[1].Value, html);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [GeneratedRegex("""<input type="hidden" name="__RequestVerificationToken" value="([^"]+)">""")]
    private static partial Regex TokenField();
}
