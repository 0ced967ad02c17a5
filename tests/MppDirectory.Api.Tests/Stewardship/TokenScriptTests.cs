using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>
/// `npm run --silent token` (tools/MppDirectory.DevToken, run here as built) makes tokens an app with the clone's
/// development key (as `npm start` runs it) accepts, and prints nothing else on stdout.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class TokenScriptTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private static readonly string Tool = RepositoryPaths.Combine("tools", "MppDirectory.DevToken", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug",
        "net10.0", "MppDirectory.DevToken.dll");

    [Fact]
    public async Task ItsTokensAuthenticateWithTheirRolesAndItsScopeIsRegistered()
    {
        // The key file exists once any token was made; the app must know it before the tool registers a steward.
        await TokenAsync();
        var key = DevelopmentTokens.ReadOrCreateKey(RepositoryPaths.Combine(DevelopmentTokens.KeyPath));
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
        var result = await RunAsync("--rol", "Directory.Write");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public async Task WithoutARunningDirectoryItCannotRegisterAndSaysSoWithExitCode1()
    {
        // A loopback port nothing listens on any more.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await RunAsync("--role", StewardRoles.Write, "--scope", "33.75", "--url", $"http://127.0.0.1:{port}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("could not register the steward", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    private static Task<ProcessRunner.Result> RunAsync(params string[] arguments) => ProcessRunner.RunAsync("dotnet", [Tool, .. arguments]);

    private static async Task<string> TokenAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        // The token is the one line on stdout; what the tool tells the person goes to stderr and starts with "token:".
        var token = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.All(result.Output[result.StandardOutput.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("token:", line, StringComparison.Ordinal));
        return token;
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
