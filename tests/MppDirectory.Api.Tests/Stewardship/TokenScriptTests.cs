using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Changes;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>`npm run --silent token` makes tokens an app with the clone's development key (as `npm start` runs it) accepts.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class TokenScriptTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    [Fact]
    public async Task ItsTokensAuthenticateWithTheirRolesAndItsScopeIsRegistered()
    {
        // The key file exists once any token was made; the app must know it before the script registers a steward.
        await TokenAsync();
        var key = (await File.ReadAllTextAsync(RepositoryPaths.Combine("artifacts", "local", "development-key"))).Trim();
        await using var app = ApiFixture.StartApp(api.Azurite.ConnectionString, api.Names, settings: new Dictionary<string, string?> { ["Authentication:DevelopmentKey"] = key });
        await app.StartAsync();
        var address = ApiFixture.BoundAddress(app);
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var pekalongan = await TokenAsync("--role", StewardRoles.Write, "--scope", "33.75", "--url", address);
        var langsa = await TokenAsync("--role", StewardRoles.Write, "--scope", "11.74", "--url", address);
        var unregistered = await TokenAsync("--role", StewardRoles.Write);
        var roleless = await TokenAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await PatchAsync(client, roleless)).StatusCode);
        Assert.Equal("Not a registered steward", (await ProblemAssert.IsProblemAsync(await PatchAsync(client, unregistered), HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        Assert.Equal("Outside the steward's scope", (await ProblemAssert.IsProblemAsync(await PatchAsync(client, langsa), HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PatchAsync(client, pekalongan)).StatusCode); // in scope; the patch lacks citations
    }

    [Fact]
    public async Task ItRefusesUnknownOptionsWithExitCode2()
    {
        var result = await ProcessRunner.RunAsync("node", "tools/token.mjs", "--rol", "Directory.Write");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage", result.Output, StringComparison.Ordinal);
    }

    private static async Task<string> TokenAsync(params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("node", ["tools/token.mjs", .. arguments]);
        Assert.True(result.ExitCode == 0, result.ToString());
        // The token is the one line on stdout; what the script tells the person (on stderr) starts with "token:".
        return Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => !line.StartsWith("token:", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string token)
    {
        var etag = (await client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/mpps/kota-pekalongan")
        {
            Content = new StringContent("""{ "floors": 2 }""", Encoding.UTF8, WriteMediaTypes.MergePatch),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request);
    }
}
