using MppDirectory.Api.Functions;
using MppDirectory.Api.Hosting;
using MppDirectory.Testing;
using NJsonSchema;

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

        Assert.Contains("get v1/mpps", routes);
        Assert.Contains("get v1/mpps/{id}", routes);
        Assert.Contains("get health", routes);
    }

    [Fact]
    public async Task HostJsonValidatesAgainstItsSchema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Shared, "azure-functions-schemas", "host.json"));

        var errors = schema.Validate(await File.ReadAllTextAsync(RepositoryPaths.Combine("host.json")));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task EveryFunctionJsonValidatesAgainstItsSchema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Shared, "azure-functions-schemas", "function.json"));
        var files = Directory.GetFiles(FunctionsFolder, "function.json", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.Empty(schema.Validate(await File.ReadAllTextAsync(file)).Select(e => $"{file}: {e}"));
        }
    }

    [Fact]
    public async Task SchemaRejectsAFunctionJsonWithAnUnknownAuthLevel()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Shared, "azure-functions-schemas", "function.json"));
        var broken = FunctionManifest.ToJson(new HttpFunction("Broken", "v1/x", ["get"], AuthLevel: "everyone"));

        Assert.NotEmpty(schema.Validate(broken));
    }
}
