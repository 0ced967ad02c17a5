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
            var publish = await ProcessRunner.RunAsync("node", "tools/publish.mjs", "--output", output);
            Assert.True(publish.ExitCode == 0, publish.ToString());

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
}
