using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>`npm run --silent token` makes tokens an app with the clone's development key (as `npm start` runs it) accepts.</summary>
public sealed class TokenScriptTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    [Fact]
    public async Task ItsTokensAuthenticateWithTheirRolesAndScope()
    {
        var write = await TokenAsync("--role", StewardRoles.Write, "--scope", "33.75");
        var roleless = await TokenAsync();
        var key = (await File.ReadAllTextAsync(RepositoryPaths.Combine("artifacts", "local", "development-key"))).Trim();
        await using var app = ApiFixture.StartApp(api.Azurite.ConnectionString, api.Names, settings: new Dictionary<string, string?> { ["Authentication:DevelopmentKey"] = key });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };

        Assert.Equal(HttpStatusCode.Forbidden, (await PatchAsync(client, roleless)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PatchAsync(client, write)).StatusCode); // authorised; the patch lacks citations
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
        Assert.Equal(0, result.ExitCode);
        return Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string token)
    {
        var etag = (await client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/mpps/kota-pekalongan")
        {
            Content = new StringContent("""{ "floors": 2 }""", Encoding.UTF8, MppWritesApi.MergePatch),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request);
    }
}
