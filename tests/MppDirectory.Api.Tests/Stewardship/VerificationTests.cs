using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.ReadModel;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Tables;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>
/// POST /api/v1/mpps/{id}/verifications and a counter's: a steward's "checked today", which changes nothing else of the
/// record, is audited as verify, and keeps the record from being due for the verification period (180 days by default).
/// </summary>
public sealed class VerificationTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private const string Ending = """
        { "ended": { "value": "2026-11", "precision": "month", "basis": "stated", "text": "November 2026" }, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "kalimat uji" }] }
        """;

    private static readonly string Writer = StewardTokens.For("writer", [StewardRoles.Write]);

    // Monday 7 December 2026, 10:15 WIB.
    private static readonly DateTimeOffset CheckedAt = new(2026, 12, 7, 3, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task AVerificationStampsTheMppWithTheClockAndTheStewardsRegistryIdAndIsOneChange()
    {
        api.Clock.Now = CheckedAt;
        const string path = "/api/v1/mpps/kota-langsa";
        var before = await LastChangeAsync();
        var read = await api.Client.GetAsync(path);
        var unchecked_ = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Null, unchecked_.GetProperty("verifiedAt").ValueKind);
        Assert.True(unchecked_.GetProperty("verificationDue").GetBoolean()); // a seed is never checked

        var verified = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path + "/verifications", "{}", Writer));

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.NotEqual(read.Headers.ETag!.Tag.Split('.')[0], verified.Headers.ETag!.Tag.Split('.')[0]);
        var answer = JsonDocument.Parse(await verified.Content.ReadAsStringAsync()).RootElement;
        var writer = (await api.Services.GetRequiredService<StewardRegistry>().FindAsync(StewardshipOptions.DevelopmentIssuer, "writer"))!.Value.Entry;
        foreach (var mpp in new[] { answer, await api.Client.GetJsonAsync(path) })
        {
            Assert.Equal(CheckedAt, mpp.GetProperty("verifiedAt").GetDateTimeOffset());
            Assert.Equal(writer.Id, mpp.GetProperty("verifiedBy").GetString());
            Assert.Equal("2027-06-05", mpp.GetProperty("verificationDueOn").GetString()); // 7 December 2026 + 180 days, Langsa's date
            Assert.False(mpp.GetProperty("verificationDue").GetBoolean());
            Assert.Equal(unchecked_.GetProperty("address").GetString(), mpp.GetProperty("address").GetString());
        }

        var item = (await api.Client.GetJsonAsync("/api/v1/mpps?per_page=100")).GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "kota-langsa");
        Assert.Equal(CheckedAt, item.GetProperty("verifiedAt").GetDateTimeOffset());
        Assert.False(item.GetProperty("verificationDue").GetBoolean());

        var change = Assert.Single((await api.Client.GetJsonAsync($"/api/v1/changes?since={before}")).GetProperty("changes").EnumerateArray());
        Assert.Equal("verify", change.GetProperty("operation").GetString());
        Assert.Equal("mpps/kota-langsa", change.GetProperty("entity").GetString());
        Assert.Equal(writer.Id, change.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("before").GetProperty("verifiedAt").ValueKind);
        Assert.Equal(CheckedAt, change.GetProperty("after").GetProperty("verifiedAt").GetDateTimeOffset());
        Assert.Equal(writer.Id, change.GetProperty("after").GetProperty("verifiedBy").GetString());

        var page = await api.Client.GetStringAsync("/mpps/kota-langsa");
        Assert.Contains("Terakhir diperiksa 7 Desember 2026", page, StringComparison.Ordinal);
        Assert.DoesNotContain("perlu diperiksa ulang", page[page.IndexOf("mpp-checked", StringComparison.Ordinal)..page.IndexOf("</dl>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Last checked 7 December 2026", await api.Client.GetStringAsync("/mpps/kota-langsa?lang=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANeverCheckedMppSaysSoOnItsPageInBothLanguages()
    {
        api.Clock.Now = CheckedAt;

        var page = await api.Client.GetStringAsync("/mpps/kota-banjarbaru");
        var english = await api.Client.GetStringAsync("/mpps/kota-banjarbaru?lang=en");

        Assert.Contains("Belum pernah diperiksa oleh pengelola <span class=\"mpp-tag mpp-due\">perlu diperiksa ulang</span>", page, StringComparison.Ordinal);
        Assert.Contains("Not yet checked by a steward <span class=\"mpp-tag mpp-due\">due for a check</span>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastThePeriodTheRecordIsDueAndNoAnswerSaysOtherwiseAfterTheDueInstant()
    {
        api.Clock.Now = CheckedAt;
        const string path = "/api/v1/mpps/kota-pangkalpinang";
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path + "/verifications", "{}", Writer))).StatusCode);
        var dueFrom = new DateTimeOffset(2027, 6, 5, 0, 0, 0, TimeSpan.FromHours(7)); // local midnight of the due date (WIB)
        Assert.DoesNotContain("kota-pangkalpinang", (await api.Client.GetJsonAsync("/api/v1/mpps?verification_due=true&per_page=100")).ItemIds());
        Assert.Contains("kota-pangkalpinang", (await api.Client.GetJsonAsync("/api/v1/mpps?verification_due=false&per_page=100")).ItemIds());

        api.Clock.Now = dueFrom.AddSeconds(-10);
        using var justBefore = await api.Client.GetAsync(path);
        var snapshot = await api.Services.GetRequiredService<DirectoryReadModel>().GetAsync(CancellationToken.None);
        var window = api.Services.GetRequiredService<AnswerWindow>().Of(snapshot);

        Assert.False(JsonDocument.Parse(await justBefore.Content.ReadAsStringAsync()).RootElement.GetProperty("verificationDue").GetBoolean());
        Assert.Equal(dueFrom, window.Until); // the window the "not due" answer is kept in ends at the due instant
        Assert.InRange(justBefore.Headers.CacheControl!.MaxAge!.Value.TotalSeconds, 0, 10);

        api.Clock.Now = dueFrom;
        var due = await api.Client.GetJsonAsync(path);
        Assert.True(due.GetProperty("verificationDue").GetBoolean());
        Assert.Equal("2027-06-05", due.GetProperty("verificationDueOn").GetString());
        Assert.Contains("kota-pangkalpinang", (await api.Client.GetJsonAsync("/api/v1/mpps?verification_due=true&per_page=100")).ItemIds());
        var page = await api.Client.GetStringAsync("/mpps/kota-pangkalpinang");
        Assert.Contains("Terakhir diperiksa 7 Desember 2026 <span class=\"mpp-tag mpp-due\">perlu diperiksa ulang</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACounterIsVerifiedByItselfAndARestatementKeepsItsLastCheck()
    {
        api.Clock.Now = CheckedAt;
        const string path = "/api/v1/mpps/kota-pekalongan/counters/sim-skck";
        var before = await LastChangeAsync();
        var body = """{ "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "kalimat uji" }], "note": "Diperiksa di lokasi." }""";

        var verified = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path + "/verifications", body, Writer));

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var counter = await api.Client.GetJsonAsync(path);
        Assert.Equal(CheckedAt, counter.GetProperty("verifiedAt").GetDateTimeOffset());
        Assert.False(counter.GetProperty("verificationDue").GetBoolean());
        Assert.Equal("2027-06-05", counter.GetProperty("verificationDueOn").GetString());
        var mpp = await api.Client.GetJsonAsync("/api/v1/mpps/kota-pekalongan");
        Assert.Equal(JsonValueKind.Null, mpp.GetProperty("verifiedAt").ValueKind); // the MPP's own record was not checked
        var change = Assert.Single((await api.Client.GetJsonAsync($"/api/v1/changes?since={before}")).GetProperty("changes").EnumerateArray());
        Assert.Equal("verify", change.GetProperty("operation").GetString());
        Assert.Equal("mpps/kota-pekalongan/counters/sim-skck", change.GetProperty("entity").GetString());
        Assert.Equal("sim-skck", change.GetProperty("after").GetProperty("counter").GetString());
        Assert.Equal("Diperiksa di lokasi.", change.GetProperty("after").GetProperty("note").GetString());
        Assert.Equal(["verifiedAt"], change.GetProperty("citations")[0].GetProperty("supports").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("Terakhir diperiksa 7 Desember 2026", await api.Client.GetStringAsync("/mpps/kota-pekalongan"), StringComparison.Ordinal);

        var restated = """
            { "agencyKind": "polres", "statedName": "SIM dan SKCK", "agencyBasis": "stated", "status": "serving", "services": ["sim", "skck"], "schedule": null,
              "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "kalimat uji" }] }
            """;
        var put = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Put, path, restated, Writer, verified.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(CheckedAt, (await api.Client.GetJsonAsync(path)).GetProperty("verifiedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task AnEndedCounterCannotBeVerified()
    {
        api.Clock.Now = CheckedAt;
        const string path = "/api/v1/mpps/kota-banjarbaru/counters/pengadilan-agama";
        var etag = (await api.Client.GetAsync(path)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Delete, path, Ending, Writer, etag))).StatusCode);
        var before = await LastChangeAsync();

        var problem = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path + "/verifications", "{}", Writer)), HttpStatusCode.Conflict);

        Assert.Contains("pengadilan-agama", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await LastChangeAsync());
        Assert.False((await api.Client.GetJsonAsync(path)).GetProperty("verificationDue").GetBoolean()); // an ended counter is never due
    }

    [Fact]
    public async Task WhatCannotBeVerifiedIsRefusedAndNothingIsWritten()
    {
        api.Clock.Now = CheckedAt;
        var before = await LastChangeAsync();
        const string path = "/api/v1/mpps/kota-pekalongan/verifications";
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!.Tag;

        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path, "{}", StewardTokens.For("aceh", [StewardRoles.Write]))), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/mpps/no-such-mpp/verifications", "{}", Writer)), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/mpps/kota-pekalongan/counters/no-such-counter/verifications", "{}", Writer)), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path, "{}", Writer, "\"stale.000000000000000000000000\"")), HttpStatusCode.PreconditionFailed);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path, "{}", null)), HttpStatusCode.Unauthorized);
        var unknown = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path, """{ "checkedOn": "2026-12-01" }""", Writer)), HttpStatusCode.BadRequest);
        Assert.Contains("checkedOn", unknown.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var wrong = await ProblemAssert.IsProblemAsync(
            await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path, """{ "note": "", "citations": [{ "source": "no-such-source", "quote": "x" }] }""", Writer)),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["citations[0].source", "note"], wrong.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        Assert.Equal(before, await LastChangeAsync());
        Assert.Equal(etag, (await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!.Tag);

        // The current tag is honoured, and a verification needs none.
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, path, "{}", Writer, etag))).StatusCode);
        Assert.Equal(before + 1, await LastChangeAsync());
    }

    [Fact]
    public async Task TheDatasetsCarryTheDates()
    {
        api.Clock.Now = CheckedAt;
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/mpps/kota-banjarbaru/counters/polres/verifications", "{}", Writer))).StatusCode);
        var writer = (await api.Services.GetRequiredService<StewardRegistry>().FindAsync(StewardshipOptions.DevelopmentIssuer, "writer"))!.Value.Entry;
        var data = await api.Store.LoadAsync();

        var tables = DirectoryTableSet.From(data).ToDictionary(t => t.Name);

        var counters = tables["counters"];
        var row = counters.Rows.Single(r => (string?)r[0] == "kota-banjarbaru/polres");
        Assert.Equal("2026-12-07T03:15:00Z", CellText.Format(row[counters.Fields.ToList().FindIndex(f => f.Name == "verified_at")]));
        Assert.Equal(writer.Id, row[counters.Fields.ToList().FindIndex(f => f.Name == "verified_by")]);
        var mpps = tables["mpps"];
        var mpp = mpps.Rows.Single(r => (string?)r[0] == "kota-banjarbaru");
        Assert.Null(mpp[mpps.Fields.ToList().FindIndex(f => f.Name == "verified_at")]); // never checked: empty, no invented date
    }

    private async Task<long> LastChangeAsync() => (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();
}
