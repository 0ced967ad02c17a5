using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.StewardConsole;
using MppDirectory.Api.Tests.Stewardship;

namespace MppDirectory.Api.Tests.StewardConsole;

/// <summary>
/// How the console lets people in, as the app runs (Azurite, Kestrel on loopback): the development sign-in exists in
/// Development only; a sign-in post needs the page's antiforgery token and this site's origin; the session cookie is
/// HttpOnly and SameSite, and never authorises an API write. The browser suite (tests/browser/console.test.mjs) drives
/// the pages themselves.
/// </summary>
public sealed partial class ConsoleSignInTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    [Fact]
    public async Task OutsideDevelopmentWithoutEntraIdNobodyCanSignInAndThereIsNoDevelopmentSignIn()
    {
        await using var app = DirectoryApp.Build([], builder =>
        {
            builder.Environment.EnvironmentName = "Production";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = api.Azurite.ConnectionString,
                ["Storage:TablePrefix"] = api.Names.TablePrefix,
                ["Storage:DatasetContainer"] = api.Names.DatasetContainer,
                ["PublicBaseUrl"] = ApiFixture.PublicBaseUrl,
            });
        });
        await app.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };

        using var page = await client.GetAsync(ConsoleAuthentication.SignInPath);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Masuk belum dikonfigurasi", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"steward\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var post = await client.PostAsync(ConsoleAuthentication.SignInPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["steward"] = "unregistered" }));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.False(post.Headers.Contains("Set-Cookie") && post.Headers.GetValues("Set-Cookie").Any(c => c.Contains("console", StringComparison.Ordinal)));

        using var console = await client.GetAsync(ConsoleEndpoints.HomePath);
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        Assert.Equal(ApiFixture.PublicBaseUrl + "/kelola/masuk?kembali=%2Fkelola", console.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ASignInPostWithoutThePagesTokenOrFromAnotherOriginSignsNobodyIn()
    {
        using var client = NewClient();
        var token = await TokenAsync(client);

        using var noToken = await client.PostAsync(ConsoleAuthentication.SignInPath, Form(("steward", "unregistered")));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("kedaluwarsa", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var otherOrigin = new HttpRequestMessage(HttpMethod.Post, ConsoleAuthentication.SignInPath) { Content = Form(("steward", "unregistered"), (ConsoleForms.AntiforgeryField, token)) };
        otherOrigin.Headers.Add("Origin", "https://elsewhere.example");
        using var refused = await client.SendAsync(otherOrigin);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        foreach (var answer in new[] { noToken, refused })
        {
            Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("mpp-console=", StringComparison.Ordinal)));
        }

        using var console = await client.GetAsync(ConsoleEndpoints.HomePath);
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode); // still nobody
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyAndSameSiteAndNeverAuthorisesAnApiWrite()
    {
        using var client = NewClient();
        var token = await TokenAsync(client);
        using var signIn = await client.PostAsync(ConsoleAuthentication.SignInPath, Form(("steward", "unregistered"), ("kembali", "/kelola"), (ConsoleForms.AntiforgeryField, token)));
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        var session = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mpp-console=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);

        using var console = await client.GetAsync(ConsoleEndpoints.HomePath);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Equal("no-store", console.Headers.CacheControl?.ToString());

        // The cookie rides along (the handler keeps it), but the API takes bearer tokens only.
        using var patch = StewardRequests.Json(HttpMethod.Patch, "/api/v1/mpps/kota-pekalongan", """{ "floors": 3, "citations": [] }""", token: null, ifMatch: "\"x.y\"");
        patch.Content!.Headers.ContentType = new("application/merge-patch+json");
        using var write = await client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    [Theory]
    [InlineData("/kelola/mpps/kota-pekalongan", "/kelola/mpps/kota-pekalongan")]
    [InlineData("/kelola", "/kelola")]
    [InlineData("//elsewhere.example/kelola", "/kelola")]
    [InlineData("https://elsewhere.example/kelola", "/kelola")]
    [InlineData("/kelola\\..\\x", "/kelola")]
    [InlineData("/api/v1/mpps", "/kelola")]
    [InlineData(null, "/kelola")]
    public void AfterSigningInOnlyAPageOfTheConsoleIsWhereThePersonGoes(string? asked, string expected) =>
        Assert.Equal(expected, ConsoleForms.LocalReturn(asked));

    private HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = api.Client.BaseAddress };

    private static async Task<string> TokenAsync(HttpClient client)
    {
        using var answer = await client.GetAsync(ConsoleAuthentication.SignInPath);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, page);
        return TokenField().Match(page).Groups[1].Value;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
