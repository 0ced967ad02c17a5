using MppDirectory.Api.Functions;
using MppDirectory.Api.Hosting;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Functions;

/// <summary>The Functions host sees exactly the app's routes, in files its schemas accept.</summary>
public sealed class FunctionFolderTests
{
    private static readonly string FunctionsFolder = RepositoryPaths.Combine("functions", "http");

    private static IReadOnlyList<HttpFunction> AppFunctions()
    {
        var app = DirectoryApp.Build([]);
        return FunctionManifest.FromRoutes(app);
    }

    [Fact]
    public void EveryApiRouteHasExactlyOneCommittedFunctionJsonWithTheSameRouteAndMethods()
    {
        var expected = AppFunctions();
        var committed = Directory.GetDirectories(FunctionsFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Select(f => f.Name), committed);
        foreach (var function in expected)
        {
            var path = Path.Combine(FunctionsFolder, function.Name, "function.json");
            Assert.True(
                FunctionManifest.ToJson(function) == File.ReadAllText(path),
                $"{path} differs from the app's route table; run `npm run functions` to regenerate.");
        }

        Assert.Equal(expected.Count, expected.Select(f => (f.Route, string.Join(',', f.Methods))).Distinct().Count());
    }

    [Fact]
    public void RouteTableHoldsTheFoundationRoutes()
    {
        var routes = AppFunctions().Select(f => $"{string.Join(',', f.Methods)} {f.Route}").ToList();

        Assert.Contains("get,head,options api/v1/mpps", routes);
        Assert.Contains("get,head,options mpps/{id}", routes);
        Assert.Contains("get,head,options /", routes);
        Assert.Contains("get,head,options api/v1/mpps/{id}", routes);
        Assert.Contains("get,head,options api/health", routes);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public async Task HostJsonAndEveryFunctionJsonValidateAgainstTheirSchemas()
    {
        var result = await ProcessRunner.RunAsync("node", "tools/validate-function-schemas.mjs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{AppFunctions().Count + 1} valid, 0 invalid", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public async Task SchemaCheckRejectsABrokenHostJsonAndFunctionJson()
    {
        var folder = Directory.CreateTempSubdirectory("mpp-functions-").FullName;
        try
        {
            var host = Path.Combine(folder, "host.json");
            await File.WriteAllTextAsync(host, """{ "version": "2.0", "customHandler": { "port": "not-a-number" } }""");
            Directory.CreateDirectory(Path.Combine(folder, "Broken"));
            await File.WriteAllTextAsync(
                Path.Combine(folder, "Broken", "function.json"),
                FunctionManifest.ToJson(new HttpFunction("Broken", "v1/x", ["get"], AuthLevel: "everyone")));

            var result = await ProcessRunner.RunAsync("node", "tools/validate-function-schemas.mjs", host, folder);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("0 valid, 2 invalid", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
