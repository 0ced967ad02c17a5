using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Api.Tests.Stewardship;

namespace MppDirectory.Api.Tests.Hosting;

/// <summary>The full app refuses settings that would fail open, and as deployed answers only the reads app.</summary>
public sealed class FailClosedTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private static WebApplication Build(string environment, Dictionary<string, string?> settings) =>
        DirectoryApp.Build([], builder =>
        {
            builder.Environment.EnvironmentName = environment;
            builder.Configuration.AddInMemoryCollection(settings);
        });

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void TheDevelopmentKeyRefusesToStartOutsideDevelopment(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(environment, new() { ["Authentication:DevelopmentKey"] = StewardTokens.Key }));
        Assert.Contains("DevelopmentKey", error.Message, StringComparison.Ordinal);
        using var development = Build(Environments.Development, new() { ["Authentication:DevelopmentKey"] = StewardTokens.Key });
    }

    [Fact]
    public void InAzureTheFullAppRefusesToStartWithoutEntraIdOrWithoutKnowingTheReadsApp()
    {
        var inAzure = new Dictionary<string, string?> { ["WEBSITE_SITE_NAME"] = "mppdir-prod-stewardship" };
        Assert.Contains("Authentication:Authority", Assert.Throws<InvalidOperationException>(() => Build("Production", inAzure)).Message, StringComparison.Ordinal);

        inAzure["Authentication:Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0";
        inAzure["Authentication:ClientId"] = "11111111-1111-1111-1111-111111111111";
        Assert.Contains(ForwarderProofCheck.Setting, Assert.Throws<InvalidOperationException>(() => Build("Production", inAzure)).Message, StringComparison.Ordinal);

        inAzure[ForwarderProofCheck.Setting] = "22222222-2222-2222-2222-222222222222";
        using var configured = Build("Production", inAzure);
    }

    [Fact]
    public async Task WithoutTheReadsAppsProofEveryRouteButHealthIs403AndWithItTheRequestWorks()
    {
        await using var app = ApiFixture.StartApp(api.Azurite.ConnectionString, api.Names, settings: new Dictionary<string, string?>
        {
            [ForwarderProofCheck.Setting] = ForwarderProof.DevelopmentObjectId,
            ["RateLimiting:PermitsPerMinute"] = "2",
        });
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };
        var proof = ForwarderProof.DevelopmentToken(Convert.FromBase64String(StewardTokens.Key), new StewardshipOptions().Audience, DateTimeOffset.UtcNow).Token;

        foreach (var path in new[] { "/", "/api/v1/mpps", "/api/v1/mpps/kota-pekalongan", "/api/v1/changes", "/api/v1/datasets", "/api/openapi.json", "/api/v1/stewards", "/api/v1/nothing" })
        {
            var refused = await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.Forbidden);
            Assert.Equal("Use the public address", refused.GetProperty("title").GetString());
        }

        var write = StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", "{}", StewardTokens.For("writer", [StewardRoles.Write]));
        await ProblemAssert.IsProblemAsync(await client.SendAsync(write), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        // A steward's token is no proof, though the same issuer signs it.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(WithProof("/api/v1/mpps", StewardTokens.For("writer", [StewardRoles.Write]), "203.0.113.1"))).StatusCode);

        // With the proof: served, and each client the reads app names has its own quota (2 a minute here).
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WithProof("/api/v1/mpps", proof, "203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WithProof("/api/v1/mpps", proof, "203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(WithProof("/api/v1/mpps", proof, "203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WithProof("/api/v1/mpps", proof, "203.0.113.2"))).StatusCode);
    }

    [Fact]
    public async Task EachStewardHasAWriteQuotaOfTheirOwn()
    {
        await using var app = ApiFixture.StartApp(api.Azurite.ConnectionString, api.Names, settings: new Dictionary<string, string?> { ["RateLimiting:WritePermitsPerMinute"] = "2" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };
        var writer = StewardTokens.For("writer", [StewardRoles.Write]);

        // Bodies that fail validation still spend a write: the quota bounds what a steward makes the app do.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", "{}", writer))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", "{}", writer))).StatusCode);
        using var third = await client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", "{}", writer));
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.TooManyRequests);
        Assert.True(third.Headers.RetryAfter is not null);
        var other = StewardTokens.For("steward", [StewardRoles.Write]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", "{}", other))).StatusCode);
    }

    private static HttpRequestMessage WithProof(string path, string proof, string client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ForwarderProof.Header, proof);
        request.Headers.Add("X-Forwarded-For", client);
        return request;
    }
}
