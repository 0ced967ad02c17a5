using System.Text.Json.Nodes;
using MppDirectory.Testing;

namespace MppDirectory.Infra.Tests;

/// <summary>infra/main.bicep compiled and linted by `npm run infra` (once per test run), and its resources, modules included.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public JsonObject Template { get; private set; } = null!;

    public string Text { get; private set; } = "";

    public string InfraOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var infra = await ProcessRunner.RunAsync("node", "tools/infra.mjs");
        InfraOutput = infra.ToString();
        Assert.True(infra.ExitCode == 0, InfraOutput);
        Text = await File.ReadAllTextAsync(RepositoryPaths.Combine("artifacts", "infra", "main.json"));
        Template = JsonNode.Parse(Text)!.AsObject();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every resource of the template and of its modules' nested templates, with the template it is in.</summary>
    public IEnumerable<(JsonObject Resource, JsonObject Template)> Resources() => ResourcesOf(Template);

    public IEnumerable<JsonObject> OfType(string type) => OfTypeIn(type).Select(r => r.Resource);

    public IEnumerable<(JsonObject Resource, JsonObject Template)> OfTypeIn(string type) =>
        Resources().Where(r => string.Equals((string?)r.Resource["type"], type, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<(JsonObject, JsonObject)> ResourcesOf(JsonObject template)
    {
        foreach (var resource in template["resources"]!.AsArray().OfType<JsonObject>())
        {
            yield return (resource, template);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
