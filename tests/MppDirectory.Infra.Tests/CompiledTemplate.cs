using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MppDirectory.Testing;

namespace MppDirectory.Infra.Tests;

/// <summary>infra/main.bicep compiled and linted by `npm run infra` (once per test run), and its resources, modules included.</summary>
public sealed partial class CompiledTemplate : IAsyncLifetime
{
    public JsonObject Template { get; private set; } = null!;

    public string Text { get; private set; } = "";

    public string InfraOutput { get; private set; } = "";

    // Each module's nested template, with the deployment that passes its parameters and the template that deployment is in.
    private readonly Dictionary<JsonObject, (JsonObject Deployment, JsonObject Outer)> _parents = new(ReferenceEqualityComparer.Instance);

    public async Task InitializeAsync()
    {
        var infra = await ProcessRunner.RunAsync("node", "tools/infra.mjs");
        InfraOutput = infra.ToString();
        Assert.True(infra.ExitCode == 0, InfraOutput);
        Text = await File.ReadAllTextAsync(RepositoryPaths.Combine("artifacts", "infra", "main.json"));
        Template = JsonNode.Parse(Text)!.AsObject();
        foreach (var (resource, template) in Resources())
        {
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                _parents[nested] = (resource, template);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every resource of the template and of its modules' nested templates, with the template it is in.</summary>
    public IEnumerable<(JsonObject Resource, JsonObject Template)> Resources() => ResourcesOf(Template);

    public IEnumerable<JsonObject> OfType(string type) => OfTypeIn(type).Select(r => r.Resource);

    public IEnumerable<(JsonObject Resource, JsonObject Template)> OfTypeIn(string type) =>
        Resources().Where(r => string.Equals((string?)r.Resource["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A template language value of a module, written in main.bicep's terms: each <c>parameters('x')</c> becomes what
    /// the module's deployment passes as x (or x's default), module by module up to main.bicep's own parameters.
    /// So two values wired to the same output, variable or parameter of main.bicep come out as the same text.
    /// </summary>
    public string Resolve(string value, JsonObject template)
    {
        while (_parents.TryGetValue(template, out var parent))
        {
            var passed = parent.Deployment["properties"]!["parameters"]!.AsObject();
            var declared = template["parameters"]!.AsObject();
            var inner = template;
            value = ParameterReference().Replace(value, m =>
            {
                var name = m.Groups[1].Value;
                var given = passed[name]?["value"] ?? declared[name]?["defaultValue"];
                return given is null ? throw new InvalidOperationException($"{name} has no value in {inner["metadata"]}") : AsExpression(given);
            });
            template = parent.Outer;
        }

        return value;
    }

    /// <summary>The name of the module deployment whose nested template this is.</summary>
    public string DeploymentOf(JsonObject template) => (string)_parents[template].Deployment["name"]!;

    /// <summary>The function apps, each with its settings and identity resolved into main.bicep's terms.</summary>
    public IReadOnlyList<FunctionApp> Apps() =>
        OfTypeIn("Microsoft.Web/sites").Select(app => new FunctionApp(
            app.Resource,
            app.Template,
            SettingsOf(app.Resource, app.Template),
            IdentityModule(Resolve(Assert.Single(app.Resource["identity"]!["userAssignedIdentities"]!.AsObject()).Key, app.Template)),
            Resolve((string)app.Resource["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!["value"]!, app.Template)))
        .ToList();

    /// <summary>
    /// The identity module (its deployment's name) whose output a resolved value is, as in
    /// <c>reference(resourceId('Microsoft.Resources/deployments', 'readsidentity'), ...).outputs.principalId.value</c>;
    /// null when it is none (the optional publisher is a parameter of main.bicep).
    /// </summary>
    public static string? IdentityModule(string resolved)
    {
        var match = ModuleOutput().Match(resolved);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// An app's settings by name, each value resolved. The module lists the settings every app has and appends
    /// what main.bicep passes it for its edition (<c>concat(variables('...'), parameters('...'))</c>).
    /// </summary>
    private Dictionary<string, string> SettingsOf(JsonObject site, JsonObject template)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(JsonNode list, JsonObject listTemplate)
        {
            foreach (var setting in list.AsArray())
            {
                settings.Add((string)setting!["name"]!, Resolve(setting["value"]!.ToString(), listTemplate));
            }
        }

        var appSettings = site["properties"]!["siteConfig"]!["appSettings"]!;
        if (appSettings is JsonArray)
        {
            Add(appSettings, template);
            return settings;
        }

        var concat = Concatenation().Match((string)appSettings!);
        Assert.True(concat.Success, $"app settings the tests cannot read: {appSettings}");
        Add(template["variables"]![concat.Groups[1].Value]!, template);
        Add(_parents[template].Deployment["properties"]!["parameters"]![concat.Groups[2].Value]!["value"]!, _parents[template].Outer);
        return settings;
    }

    [GeneratedRegex(@"^\[concat\(variables\('(\w+)'\), parameters\('(\w+)'\)\)\]$")]
    private static partial Regex Concatenation();

    [GeneratedRegex(@"reference\(resourceId\('Microsoft\.Resources/deployments', '([^']+)'\), '[^']+'\)\.outputs\.(?:principalId|clientId|id)\.value")]
    private static partial Regex ModuleOutput();

    /// <summary>A value of the JSON template as it would read inside an expression.</summary>
    private static string AsExpression(JsonNode value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var text) && text.StartsWith('[') && !text.StartsWith("[[", StringComparison.Ordinal) && text.EndsWith(']') => text[1..^1],
        JsonValue v when v.TryGetValue<string>(out var text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        _ => value.ToJsonString(),
    };

    [GeneratedRegex(@"parameters\('(\w+)'\)")]
    private static partial Regex ParameterReference();

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

/// <summary>
/// A function app of the template: its settings and the deployment storage value resolved into main.bicep's terms
/// (<see cref="CompiledTemplate.Resolve"/>), and the identity module whose identity it runs as.
/// </summary>
public sealed record FunctionApp(JsonObject Site, JsonObject Template, IReadOnlyDictionary<string, string> Settings, string? Identity, string DeploymentStorage)
{
    /// <summary>A setting's resolved value without the brackets of an expression, to find inside another resolved value.</summary>
    public string Inner(string setting) => Settings[setting] is ['[', .. var inner, ']'] ? inner : Settings[setting];
}
