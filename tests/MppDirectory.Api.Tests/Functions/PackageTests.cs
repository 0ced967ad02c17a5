using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using MppDirectory.Azurite;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Functions;

/// <summary>
/// `npm run package` gives the two zips Flex Consumption deploys (the reads app's and the stewardship app's, each
/// published with its profile, functions/MppDirectory.Api/Properties/PublishProfiles):
/// host.json, every function.json, and an executable that needs no .NET runtime, with mode 755, that starts
/// as the host starts it and answers.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class PackageTests(ApiFixture seeded) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task EachZipHoldsTheFunctionsAndAnExecutableThatStartsAsTheHostStartsIt()
    {
        var output = Path.Combine(Path.GetTempPath(), "mpp-package-" + Guid.NewGuid().ToString("N"));
        try
        {
            // npm test publishes the read edition once (READ_EDITION, its executable) and has it packaged, not published again.
            string[] reuse = Environment.GetEnvironmentVariable("READ_EDITION") is { Length: > 0 } published ? ["--read-edition", published] : [];
            var package = await ProcessRunner.RunAsync("node", ["tools/package.mjs", "--output", output, .. reuse]);
            Assert.True(package.ExitCode == 0, package.ToString());
            await StartsAndAnswersAsync(output, "reads", nativeExecutable: true);
            await StartsAndAnswersAsync(output, "stewardship", nativeExecutable: false);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private async Task StartsAndAnswersAsync(string output, string app, bool nativeExecutable)
    {
        var zipPath = Path.Combine(output, $"mpp-directory-{app}.zip");

        var host = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("host.json"))).RootElement.GetProperty("customHandler").GetProperty("description");
        var executable = host.GetProperty("defaultExecutablePath").GetString()!;
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            var entries = zip.Entries.ToDictionary(e => e.FullName);
            Assert.Equal(0b111_101_101, (entries[executable].ExternalAttributes >> 16) & 0x1FF); // 755
            Assert.Equal(0b110_100_100, (entries["host.json"].ExternalAttributes >> 16) & 0x1FF); // 644
                                                                                                  // The custom stack has no .NET runtime: the read edition is native code, the full app carries its runtime.
            Assert.Equal(!nativeExecutable, entries.ContainsKey("libcoreclr.so"));
            Assert.DoesNotContain(entries.Keys, name => name.EndsWith(".dbg", StringComparison.Ordinal) || name.EndsWith(".pdb", StringComparison.Ordinal));
            foreach (var function in Directory.GetDirectories(RepositoryPaths.Combine("functions", "http")))
            {
                Assert.Contains($"{Path.GetFileName(function)}/function.json", entries.Keys);
            }
        }

        // Unzipped and started the way the host starts a custom handler: from the app root, with its port.
        var folder = Path.Combine(output, "unzipped-" + app);
        ZipFile.ExtractToDirectory(zipPath, folder);
        var port = AzuriteProcess.FreeLoopbackPort();
        var start = new ProcessStartInfo(Path.Combine(folder, executable)) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in host.GetProperty("arguments").EnumerateArray())
        {
            start.ArgumentList.Add(argument.GetString()!);
        }

        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_ROOT"] = "/nonexistent"; // no installed .NET to lean on
        start.Environment["Storage__ConnectionString"] = seeded.Azurite.ConnectionString;
        start.Environment["Storage__TablePrefix"] = seeded.Names.TablePrefix;
        start.Environment["Storage__DatasetContainer"] = seeded.Names.DatasetContainer;
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var answer = await Eventually.WaitForAsync(
                async () => { try { return (int)(await client.GetAsync("/api/v1/mpps/kota-pekalongan")).StatusCode; } catch (HttpRequestException) { return 0; } },
                status => status == 200,
                TimeSpan.FromSeconds(30),
                "the packaged app answering");
            Assert.Equal(200, answer);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
