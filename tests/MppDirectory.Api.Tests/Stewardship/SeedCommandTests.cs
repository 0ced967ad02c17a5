using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Stewardship;

/// <summary>`mppdir seed` as a maintainer runs it: clear errors, and never silently undoing stewards' changes.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class SeedCommandTests(StewardshipFixture api) : IClassFixture<StewardshipFixture>
{
    private static readonly string Cli = RepositoryPaths.Combine("functions", "MppDirectory.Cli", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug",
        "net10.0", "mppdir.dll");

    [Fact]
    public async Task AMalformedSeedFolderGetsOneLineAndExitCode2()
    {
        var folder = Directory.CreateTempSubdirectory("bad-seed").FullName;
        var seed = RepositoryPaths.Combine("data", "seed");
        foreach (var file in Directory.GetFiles(seed, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(seed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "sources.json"), "[{ \"id\": ");

        var result = await SeedAsync("--seed-folder", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sources.json", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingSeedFolderGetsOneLineAndExitCode2()
    {
        var result = await SeedAsync("--seed-folder", "/nonexistent/seed");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/seed", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAStewardsChangeTheSeedIsRefusedUnlessForcedAndTheForceIsRecorded()
    {
        Assert.Equal(0, (await SeedAsync()).ExitCode); // equal to the store: nothing to undo
        await PatchFloorsAsync(7);
        var versionAfterPatch = (await api.Store.GetVersionAsync())!.Version;

        var refused = await SeedAsync();

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("kota-pekalongan", refused.Output, StringComparison.Ordinal);
        Assert.Equal(versionAfterPatch, (await api.Store.GetVersionAsync())!.Version);

        var forced = await SeedAsync("--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(versionAfterPatch, (await api.Store.GetVersionAsync())!.Version);
        var feed = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/changes")).RootElement.GetProperty("changes");
        Assert.Equal("reseed", feed[feed.GetArrayLength() - 1].GetProperty("operation").GetString());
    }

    [Fact]
    public async Task AForcedSeedNamesTheRegisteredSourcesItRemoves()
    {
        var registered = await api.Client.SendAsync(StewardRequests.Json(HttpMethod.Post, "/api/v1/sources", """
            { "id": "fixture-seed-source", "dateline": { "value": null, "precision": "unknown", "basis": "stated", "text": "tanpa tanggal" },
              "language": "id", "about": { "id": "Sumber uji.", "en": "A test source." } }
            """, StewardTokens.For("writer", [StewardRoles.Write])));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var refused = await SeedAsync();
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("source fixture-seed-source", refused.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await SeedAsync("--force")).ExitCode);
        var feed = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/changes")).RootElement.GetProperty("changes");
        var reseed = feed[feed.GetArrayLength() - 1];
        Assert.Equal("reseed", reseed.GetProperty("operation").GetString());
        Assert.Contains("fixture-seed-source", reseed.GetProperty("before").GetProperty("sources").EnumerateArray().Select(e => e.GetString()));
    }

    private Task<ProcessRunner.Result> SeedAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [Cli, "seed", .. arguments,
            $"--Storage:ConnectionString={api.Azurite.ConnectionString}", $"--Storage:TablePrefix={api.Names.TablePrefix}", $"--Storage:DatasetContainer={api.Names.DatasetContainer}"]);

    private async Task PatchFloorsAsync(int floors)
    {
        var etag = (await api.Client.GetAsync("/api/v1/mpps/kota-pekalongan")).Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/mpps/kota-pekalongan")
        {
            Content = new StringContent($$"""{ "floors": {{floors}}, "citations": [{ "source": "tribunchannel-2024-09-20", "quote": "memiliki bangunan 2 lantai" }] }""", Encoding.UTF8, WriteMediaTypes.MergePatch),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StewardTokens.For("seed-test", [StewardRoles.Write]));
        request.Headers.IfMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(request)).StatusCode);
    }
}
