using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>Stewards are registered, not assumed: the registry, not the token, says who writes where.</summary>
public sealed class StewardRegistryTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private static readonly string Admin = StewardTokens.For("admin", [StewardRoles.Admin]);

    /// <summary>
    /// Every API route that takes a steward's write, from the app's own route table. The console's form posts
    /// (/kelola) take a signed-in session, not a token; tests/browser/console.test.mjs shows them refusing the unregistered.
    /// </summary>
    public static TheoryData<string, string> WriteRoutes()
    {
        var routes = new TheoryData<string, string>();
        foreach (var endpoint in OpenApi.ContractDocument.AppRoutes().SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>() is { } methods
                && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is not null
                && endpoint.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)
                && !endpoint.RoutePattern.RawText!.StartsWith("/api/v1/stewards", StringComparison.Ordinal))
            {
                foreach (var method in methods.HttpMethods.Where(m => m is not "GET" and not "HEAD"))
                {
                    routes.Add(method, endpoint.RoutePattern.RawText!.Replace("{id}", "kota-pekalongan", StringComparison.Ordinal).Replace("{counterId}", "e-ktp", StringComparison.Ordinal));
                }
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(WriteRoutes))]
    public async Task AnUnregisteredTokenIsRefusedOnEveryWriteRouteAndNothingIsWritten(string method, string path)
    {
        var before = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();
        foreach (var token in new[] { StewardTokens.For("nobody-registered", [StewardRoles.Write, StewardRoles.Admin]) })
        {
            using var request = StewardRequests.Json(new HttpMethod(method), path, null, token, "\"any\"");
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, method == "PATCH" ? WriteMediaTypes.MergePatch : WriteMediaTypes.Json);
            var problem = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(request), HttpStatusCode.Forbidden);
            Assert.Equal("Not a registered steward", problem.GetProperty("title").GetString());
        }

        Assert.Equal(before, (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64());
    }

    [Fact]
    public void TheRouteTableHasTheWritesItShould()
    {
        // Guards the theory above: an empty route list would prove nothing.
        var routes = WriteRoutes().Select(r => $"{r[0]} {r[1]}").ToList();
        Assert.Contains("PATCH /api/v1/mpps/kota-pekalongan", routes);
        Assert.Contains("POST /api/v1/imports", routes);
        Assert.Contains("PUT /api/v1/mpps/kota-pekalongan/counters/e-ktp", routes);
        Assert.True(routes.Count >= 8, string.Join(", ", routes));
    }

    [Fact]
    public async Task AnAdminRegistersAStewardWhoThenWritesOnlyInScopeUntilMadeInactive()
    {
        var token = StewardTokens.For("registry-new", [StewardRoles.Write]);
        var refused = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Patch(token, "kota-pekalongan", await EtagAsync("kota-pekalongan"))), HttpStatusCode.Forbidden);
        Assert.Equal("Not a registered steward", refused.GetProperty("title").GetString());

        var before = (await api.Client.GetJsonAsync("/api/v1/changes")).GetProperty("last").GetInt64();
        var registered = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/stewards",
            """{ "objectId": "registry-new", "issuer": "mpp-directory-development", "role": "Directory.Write", "scope": ["33.75"], "name": "Ibu Sari" }""", Admin));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var entry = JsonDocument.Parse(await registered.Content.ReadAsStringAsync()).RootElement;
        var id = entry.GetProperty("id").GetString()!;
        Assert.StartsWith("steward-", id, StringComparison.Ordinal);
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/stewards/{id}", registered.Headers.Location!.ToString());

        // In scope: past the registry (the patch lacks citations); outside it: refused.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.Client.SendAsync(Patch(token, "kota-pekalongan", await EtagAsync("kota-pekalongan")))).StatusCode);
        var outside = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Patch(token, "kota-langsa", await EtagAsync("kota-langsa"))), HttpStatusCode.Forbidden);
        Assert.Equal("Outside the steward's scope", outside.GetProperty("title").GetString());

        // The public feed has the registration by id, role and scope, and nothing that names the person.
        var change = Assert.Single((await api.Client.GetJsonAsync($"/api/v1/changes?since={before}")).GetProperty("changes").EnumerateArray());
        Assert.Equal($"stewards/{id}", change.GetProperty("entity").GetString());
        var feedText = change.GetRawText();
        Assert.DoesNotContain("registry-new", feedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ibu Sari", feedText, StringComparison.Ordinal);
        Assert.Equal("33.75", change.GetProperty("after").GetProperty("scope")[0].GetString());

        // Made inactive with If-Match: refused at once.
        var read = await api.Client.SendAsync(Get(Admin, $"/api/v1/stewards/{id}"));
        var stale = await api.Client.SendAsync(MergePatch(Admin, $"/api/v1/stewards/{id}", """{ "active": false }""", "\"stale\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var deactivated = await api.Client.SendAsync(MergePatch(Admin, $"/api/v1/stewards/{id}", """{ "active": false }""", read.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        // Read again, the entry is as changed, with the tag the change answered (no answer kept from before it).
        var reread = await api.Client.SendAsync(Get(Admin, $"/api/v1/stewards/{id}"));
        Assert.False(JsonDocument.Parse(await reread.Content.ReadAsStringAsync()).RootElement.GetProperty("active").GetBoolean());
        Assert.Equal(deactivated.Headers.ETag!.Tag, reread.Headers.ETag!.Tag);
        var inactive = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Patch(token, "kota-pekalongan", await EtagAsync("kota-pekalongan"))), HttpStatusCode.Forbidden);
        Assert.Equal("Steward not active", inactive.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OnlyAdminsSeeOrChangeTheRegistryAndAScopeIsNeverImplied()
    {
        var writer = StewardTokens.For("writer", [StewardRoles.Write]);
        await ProblemAssert.IsProblemAsync(await api.Client.GetAsync("/api/v1/stewards"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(Get(writer, "/api/v1/stewards")), HttpStatusCode.Forbidden);
        var list = await api.Client.SendAsync(Get(Admin, "/api/v1/stewards"));
        Assert.Equal("no-store", list.Headers.CacheControl!.ToString());

        foreach (var (body, field) in new[]
        {
            ("""{ "objectId": "x", "role": "Directory.Write" }""", "scope"),
            ("""{ "objectId": "x", "role": "Directory.Write", "scope": [] }""", "scope"),
            ("""{ "objectId": "x", "role": "Directory.Write", "scope": ["99.99"] }""", "scope"),
            ("""{ "objectId": "x", "role": "Directory.Write", "scope": ["national", "33"] }""", "scope"),
            ("""{ "objectId": "x", "role": "Directory.Owner", "scope": ["33"] }""", "role"),
            ("""{ "role": "Directory.Write", "scope": ["33"] }""", "objectId"),
        })
        {
            var problem = await ProblemAssert.IsProblemAsync(await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/stewards", body, Admin)), HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{body}: {problem}");
        }
    }

    private async Task<string> EtagAsync(string mpp) => (await api.Client.GetAsync($"/api/v1/mpps/{mpp}")).Headers.ETag!.Tag;

    private static HttpRequestMessage Patch(string token, string mpp, string etag) =>
        MergePatch(token, $"/api/v1/mpps/{mpp}", """{ "floors": 2 }""", etag);

    private static HttpRequestMessage MergePatch(string token, string path, string json, string etag)
    {
        var request = StewardRequests.Json(HttpMethod.Patch, path, null, token, etag);
        request.Content = new StringContent(json, System.Text.Encoding.UTF8, WriteMediaTypes.MergePatch);
        return request;
    }

    private static HttpRequestMessage Get(string token, string path) => StewardRequests.Json(HttpMethod.Get, path, null, token);
}
