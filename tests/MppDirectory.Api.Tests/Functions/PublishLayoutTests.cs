using System.Diagnostics;
using System.Text.Json;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Functions;

/// <summary>The publish command produces a folder the Functions host can run.</summary>
public sealed class PublishLayoutTests
{
    [Fact]
    public async Task PublishedFolderHoldsHostJsonTheFunctionsAndTheAppHostJsonNames()
    {
        var output = Path.Combine(Path.GetTempPath(), "mpp-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync("node", Path.Combine("tools", "publish.mjs"), "--output", output);

            var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "host.json"))).RootElement;
            var description = host.GetProperty("customHandler").GetProperty("description");
            Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
            var entry = description.GetProperty("arguments")[0].GetString()!;
            Assert.True(File.Exists(Path.Combine(output, entry)), $"{entry} missing from the published folder");
            Assert.True(File.Exists(Path.Combine(output, "MppDirectory.Api.runtimeconfig.json")));

            foreach (var function in Directory.GetDirectories(RepositoryPaths.Combine("functions", "http")))
            {
                Assert.True(File.Exists(Path.Combine(output, Path.GetFileName(function), "function.json")), $"{function} not published");
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
    }
}
