using System.Net;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Writes;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>
/// Every endpoint of the running app, over the seed data and over the fixtures with hours in three
/// time zones, answers bodies that validate against the document's schema for that operation and status.
/// </summary>
public sealed class ResponseSchemaTests(Datasets.DatasetApiFixture published, FixtureApiFixture fixtures) : IClassFixture<Datasets.DatasetApiFixture>, IClassFixture<FixtureApiFixture>
{
    private static readonly (string Url, HttpStatusCode Status)[] SeedCalls =
    [
        ("/api/health", HttpStatusCode.OK),
        ("/api/v1", HttpStatusCode.OK),
        ("/api/v1/mpps", HttpStatusCode.OK),
        ("/api/v1/mpps?per_page=1&page=2", HttpStatusCode.OK),
        ("/api/v1/mpps?q=dukcapil&status=soft-launched", HttpStatusCode.OK),
        ("/api/v1/mpps?per_page=0&status=open", HttpStatusCode.BadRequest),
        ("/api/v1/mpps/kota-pekalongan", HttpStatusCode.OK),
        ("/api/v1/mpps/kota-langsa", HttpStatusCode.OK),
        ("/api/v1/mpps/kota-banjarbaru", HttpStatusCode.OK),
        ("/api/v1/mpps/kota-pangkalpinang", HttpStatusCode.OK),
        ("/api/v1/mpps/nowhere", HttpStatusCode.NotFound),
        ("/api/v1/changes", HttpStatusCode.OK),
        ("/api/v1/changes?since=-1", HttpStatusCode.BadRequest),
        ("/api/v1/mpps/kota-langsa/counters?per_page=3&page=2", HttpStatusCode.OK),
        ("/api/v1/mpps/kota-langsa/counters?page=x", HttpStatusCode.BadRequest),
        ("/api/v1/mpps/nowhere/counters", HttpStatusCode.NotFound),
        ("/api/v1/mpps/kota-pekalongan/schedule", HttpStatusCode.OK),
        ("/api/v1/mpps/nowhere/schedule", HttpStatusCode.NotFound),
        ("/api/v1/agencies?per_page=100", HttpStatusCode.OK),
        ("/api/v1/agencies?category=bank&q=bank", HttpStatusCode.OK),
        ("/api/v1/agencies?category=shop", HttpStatusCode.BadRequest),
        ("/api/v1/agencies/imigrasi", HttpStatusCode.OK),
        ("/api/v1/agencies/nowhere", HttpStatusCode.NotFound),
        ("/api/v1/services?per_page=100", HttpStatusCode.OK),
        ("/api/v1/services?q=ktp", HttpStatusCode.OK),
        ("/api/v1/services?per_page=101", HttpStatusCode.BadRequest),
        ("/api/v1/services/paspor", HttpStatusCode.OK),
        ("/api/v1/services/nowhere", HttpStatusCode.NotFound),
        ("/api/v1/search?q=paspor", HttpStatusCode.OK),
        ("/api/v1/search?q=dukcapil&limit=50", HttpStatusCode.OK),
        ("/api/v1/search", HttpStatusCode.BadRequest),
        ("/api/v1/statistics", HttpStatusCode.OK),
        ("/api/v1/regions?per_page=100", HttpStatusCode.OK),
        ("/api/v1/regions?level=regency&province=33&has_mpp=true", HttpStatusCode.OK),
        ("/api/v1/regions?level=village", HttpStatusCode.BadRequest),
        ("/api/v1/sources", HttpStatusCode.OK),
        ("/api/v1/sources?page=0", HttpStatusCode.BadRequest),
        ("/api/v1/sources/suarabaru-2023-08-18", HttpStatusCode.OK),
        ("/api/v1/sources/suarabaru-2023-08-18?lang=en", HttpStatusCode.OK),
        ("/api/v1/sources/suarabaru-2023-08-18?lang=es", HttpStatusCode.BadRequest),
        ("/api/v1/notes?lang=en", HttpStatusCode.OK),
        ("/api/v1/sources/nowhere", HttpStatusCode.NotFound),
        ("/api/v1/stewards", HttpStatusCode.OK),
        ("/api/v1/stewards/" + MppDirectory.Api.OpenApi.ExampleSteward.Id, HttpStatusCode.OK),
        ("/api/v1/stewards/steward-nobody", HttpStatusCode.NotFound),
        ("/api/v1/suggestions", HttpStatusCode.OK),
        ("/api/v1/suggestions?mpp=kota-pekalongan&status=open", HttpStatusCode.OK),
        ("/api/v1/suggestions?status=closed", HttpStatusCode.BadRequest),
        ("/api/v1/suggestions?mpp=nowhere", HttpStatusCode.BadRequest),
        ("/api/v1/suggestions/" + MppDirectory.Api.OpenApi.ExampleSuggestion.Id, HttpStatusCode.OK),
        ("/api/v1/suggestions/abcdefghjk", HttpStatusCode.NotFound),
        ("/api/v1/notes?per_page=100", HttpStatusCode.OK),
        ("/api/v1/notes?mpp=kota-langsa&kind=count-mismatch", HttpStatusCode.OK),
        ("/api/v1/notes?mpp=nowhere", HttpStatusCode.BadRequest),
        ("/api/v1/holidays", HttpStatusCode.OK),
        ("/api/v1/holidays?lang=en", HttpStatusCode.OK),
        ("/api/v1/holidays?lang=fr", HttpStatusCode.BadRequest),
        ("/api/v1/mpps/kota-pekalongan?lang=en", HttpStatusCode.OK),
        ("/api/v1/mpps/kota-pekalongan?lang=EN", HttpStatusCode.BadRequest),
        ("/api/v1/mpps/kota-pekalongan/counters/e-ktp?lang=en", HttpStatusCode.OK),
        ("/api/v1/mpps/kota-pekalongan/counters/e-ktp?lang=xx", HttpStatusCode.BadRequest),
        ("/api/v1/mpps/kota-pekalongan/counters/no-such-counter", HttpStatusCode.NotFound),
        ("/api/v1/mpps/kota-pekalongan/schedule?lang=en", HttpStatusCode.OK),
        ("/api/v1/mpps/kota-pekalongan/schedule?lang=english", HttpStatusCode.BadRequest),
        ("/api/v1/datasets", HttpStatusCode.OK),
        ("/api/v1/datasets?page=0", HttpStatusCode.BadRequest),
        ("/api/v1/datasets/1.0.0", HttpStatusCode.OK),
        ("/api/v1/datasets/latest", HttpStatusCode.Found),
        ("/api/v1/datasets/v1", HttpStatusCode.BadRequest),
        ("/api/v1/datasets/9.9.9", HttpStatusCode.NotFound),
        ("/api/v1/datasets/1.0.0/mpps.csv", HttpStatusCode.OK),
        ("/api/v1/datasets/1.0.0/mpp-directory.zip", HttpStatusCode.OK),
        ("/api/v1/datasets/latest/mpps.csv", HttpStatusCode.Found),
        ("/api/v1/datasets/v1/mpps.csv", HttpStatusCode.BadRequest),
        ("/api/v1/datasets/1.0.0/nothing.csv", HttpStatusCode.NotFound),
    ];

    private static readonly string[] FixtureMpps = ["fixture-bandung", "fixture-denpasar", "fixture-jayapura", "fixture-no-hours"];

    [Fact]
    public async Task EverySeedResponseMatchesTheDocument()
    {
        var covered = new List<string>();
        // The steward registry answers admins only.
        using var admin = new HttpClient { BaseAddress = published.Api.Client.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", Stewardship.StewardTokens.For("examples-admin", [MppDirectory.Api.Http.Stewardship.StewardRoles.Admin]));
        foreach (var (url, status) in SeedCalls)
        {
            covered.Add(await (url.StartsWith("/api/v1/stewards", StringComparison.Ordinal) ? admin : published.Api.Client).AssertMatchesDocumentAsync(url, status));
        }

        // The reads; writes are checked against the document in the stewardship tests.
        var documented = ContractDocument.Document.Paths.SelectMany(p => p.Value.Where(o => o.Key == "get").Select(o => o.Value).SelectMany(o => o.ActualResponses.Keys
            .Where(s => s is "200" or "400" or "404").Select(s => $"{p.Key} {s}")));
        Assert.Empty(documented.Except(covered));
    }

    [Fact]
    public async Task EveryFixtureResponseWithHoursInThreeTimeZonesMatchesTheDocument()
    {
        foreach (var clock in new[] { "2025-03-03T02:30:00Z", "2025-03-07T09:00:00Z", "2025-03-09T12:00:00Z" })
        {
            fixtures.Clock.Now = DateTimeOffset.Parse(clock, System.Globalization.CultureInfo.InvariantCulture);
            await fixtures.Client.AssertMatchesDocumentAsync("/api/v1/mpps?per_page=100", HttpStatusCode.OK);
            await fixtures.Client.AssertMatchesDocumentAsync("/api/v1/mpps?open_now=true", HttpStatusCode.OK);
            await fixtures.Client.AssertMatchesDocumentAsync("/api/v1/holidays", HttpStatusCode.OK);
            await fixtures.Client.AssertMatchesDocumentAsync("/api/v1/statistics", HttpStatusCode.OK);
            await fixtures.Client.AssertMatchesDocumentAsync("/api/v1/sources/fixture", HttpStatusCode.OK);
            foreach (var mpp in FixtureMpps)
            {
                await fixtures.Client.AssertMatchesDocumentAsync($"/api/v1/mpps/{mpp}", HttpStatusCode.OK);
                await fixtures.Client.AssertMatchesDocumentAsync($"/api/v1/mpps/{mpp}/counters?per_page=100", HttpStatusCode.OK);
                await fixtures.Client.AssertMatchesDocumentAsync($"/api/v1/mpps/{mpp}/schedule", HttpStatusCode.OK);
            }
        }
    }

    [Fact]
    public async Task NotModifiedAnswersAreDocumented()
    {
        var first = await published.Api.Client.GetAsync("/api/v1/mpps/kota-pekalongan");

        await published.Api.Client.AssertMatchesDocumentAsync("/api/v1/mpps/kota-pekalongan", HttpStatusCode.NotModified, first.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task StorageDownAnswersMatchTheDocument()
    {
        await using var app = await UnreachableStorageApp.StartAsync();
        var client = app.Client;

        await client.AssertMatchesDocumentAsync("/api/v1/mpps", HttpStatusCode.ServiceUnavailable);
        await client.AssertMatchesDocumentAsync("/api/health", HttpStatusCode.ServiceUnavailable);
    }
}
