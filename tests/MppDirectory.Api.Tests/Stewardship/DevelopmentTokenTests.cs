using System.Net;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Tests.Http;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>
/// The tokens <see cref="DevelopmentTokens"/> makes (those of `npm run token` and of the tests) are the ones the app's
/// own authentication takes with its development key, with their roles; any other key, audience or issuer is refused.
/// </summary>
public sealed class DevelopmentTokenTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    // The registry is admins' only, and an admin needs no registry entry: what answers is the token alone.
    private const string AdminsOnly = "/api/v1/stewards";

    [Fact]
    public async Task ATokenItMakesIsTakenWithItsRoles()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(DevelopmentTokens.Create(StewardTokens.Key, "dev-admin", "Dev admin", [StewardRoles.Admin]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(DevelopmentTokens.Create(StewardTokens.Key, "dev-both", "Dev both", [StewardRoles.Write, StewardRoles.Admin]))).StatusCode);

        // Authenticated, but without the role the registry asks for: 403, not 401.
        await ProblemAssert.IsProblemAsync(await GetAsync(DevelopmentTokens.Create(StewardTokens.Key, "dev-writer", "Dev writer", [StewardRoles.Write])), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await GetAsync(DevelopmentTokens.Create(StewardTokens.Key, "dev-nobody", "Dev nobody", [])), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRefused()
    {
        var token = DevelopmentTokens.Create(DevelopmentTokens.NewKey(), "dev-admin", "Dev admin", [StewardRoles.Admin]);

        await ProblemAssert.IsProblemAsync(await GetAsync(token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsRefused()
    {
        var descriptor = DevelopmentTokens.Descriptor("dev-admin", "Dev admin", [StewardRoles.Admin], DateTime.UtcNow, audience: "api://another-directory");

        await ProblemAssert.IsProblemAsync(await GetAsync(DevelopmentTokens.Sign(descriptor, StewardTokens.Key)), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenOfAnotherIssuerIsRefused()
    {
        var descriptor = DevelopmentTokens.Descriptor("dev-admin", "Dev admin", [StewardRoles.Admin], DateTime.UtcNow);
        descriptor.Issuer = "someone-else";

        await ProblemAssert.IsProblemAsync(await GetAsync(DevelopmentTokens.Sign(descriptor, StewardTokens.Key)), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnExpiredTokenIsRefused()
    {
        var made = DateTime.UtcNow - DevelopmentTokens.Lifetime - TimeSpan.FromHours(1);
        var descriptor = DevelopmentTokens.Descriptor("dev-admin", "Dev admin", [StewardRoles.Admin], made);

        await ProblemAssert.IsProblemAsync(await GetAsync(DevelopmentTokens.Sign(descriptor, StewardTokens.Key)), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void TheKeyFileIsMadeOnceOwnerOnlyAndThenRead()
    {
        var folder = Directory.CreateTempSubdirectory("development-key").FullName;
        try
        {
            var file = Path.Combine([folder, .. DevelopmentTokens.KeyPath]);

            var made = DevelopmentTokens.ReadOrCreateKey(file);

            Assert.Equal(32, Convert.FromBase64String(made).Length);
            Assert.Equal(made, DevelopmentTokens.ReadOrCreateKey(file));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, AdminsOnly);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await api.Client.SendAsync(request);
    }
}
