using System.Text.Json.Nodes;

namespace MppDirectory.Infra.Tests;

/// <summary>The promises the Azure footprint keeps; a change of infra/ that weakens one fails here.</summary>
public sealed class TemplatePromiseTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void CompilesAndLintsWithoutWarnings()
    {
        Assert.Contains("0 warnings", compiled.InfraOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageTakesNoSharedKeysAndNoPublicBlobs()
    {
        var account = Assert.Single(compiled.OfType("Microsoft.Storage/storageAccounts"));
        var properties = account["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.All(compiled.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));
        Assert.Contains(compiled.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => ((string?)c["name"])!.Contains("datasetContainerName", StringComparison.Ordinal));
        Assert.DoesNotContain("listKeys", compiled.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BothFunctionAppsAreFlexConsumptionCustomHandlersWithAManagedIdentity()
    {
        var plans = compiled.OfType("Microsoft.Web/serverfarms").ToList();
        var apps = compiled.OfType("Microsoft.Web/sites").ToList();

        Assert.Equal(2, plans.Count);
        Assert.Equal(2, apps.Count);
        Assert.All(plans, plan => Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]));
        foreach (var app in apps)
        {
            var properties = app["properties"]!;
            var config = properties["functionAppConfig"]!;
            Assert.Equal("functionapp,linux", (string?)app["kind"]);
            Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
            Assert.Equal("custom", (string?)config["runtime"]!["name"]);
            Assert.Equal("1.0", (string?)config["runtime"]!["version"]);
            Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
            Assert.True((bool)properties["httpsOnly"]!);
            Assert.Equal("1.2", (string?)properties["siteConfig"]!["minTlsVersion"]);
            Assert.Equal("Disabled", (string?)properties["siteConfig"]!["ftpsState"]);
            Assert.Equal("", (string?)properties["siteConfig"]!["linuxFxVersion"]);
            Assert.Equal("custom", Setting(app, "FUNCTIONS_WORKER_RUNTIME"));
            Assert.Equal("managedidentity", Setting(app, "AzureWebJobsStorage__credential"));
        }

        var basicCredentials = compiled.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(4, basicCredentials.Count);
        Assert.All(basicCredentials, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void TheReadsAppForwardsToTheStewardshipAppAndBothLinkToThePublicAddress()
    {
        // What main.bicep passes to the two instances of the function app module.
        var apps = compiled.OfType("Microsoft.Resources/deployments")
            .Select(d => d["properties"]!["parameters"]!.AsObject())
            .Where(p => p.ContainsKey("publicBaseUrl"))
            .ToList();
        string? Parameter(JsonObject parameters, string name) => parameters[name]?["value"]?.ToString();

        Assert.Equal(2, apps.Count);
        var reads = Assert.Single(apps, p => Parameter(p, "stewardshipUrl") is not null);
        var stewardship = Assert.Single(apps, p => p != reads);
        Assert.Contains("stewardshipapp", Parameter(reads, "stewardshipUrl"), StringComparison.Ordinal); // the stewardship app's own address
        Assert.Equal(Parameter(reads, "publicBaseUrl"), Parameter(stewardship, "publicBaseUrl"));
        Assert.Equal("[variables('readsAppName')]", Parameter(reads, "name"));
        Assert.Contains("variables('readsAppName')", Parameter(reads, "publicBaseUrl"), StringComparison.Ordinal); // the reads app's address
        // Each app takes its package from a container of its own.
        Assert.NotEqual(Parameter(reads, "deploymentContainerName"), Parameter(stewardship, "deploymentContainerName"));
    }

    [Fact]
    public void NoAppSettingHoldsASecret()
    {
        var settings = compiled.OfType("Microsoft.Web/sites")
            .SelectMany(app => app["properties"]!["siteConfig"]!["appSettings"]!.AsArray().Select(s => ((string)s!["name"]!, s["value"]!.ToString())))
            .ToList();

        Assert.Contains(settings, s => s.Item1 == "Storage__accountName");
        Assert.DoesNotContain(settings, s => s.Item1.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase) && s.Item1 != "APPLICATIONINSIGHTS_CONNECTION_STRING");
        Assert.All(settings, s =>
        {
            Assert.DoesNotContain("AccountKey", s.Item2, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", s.Item2, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", s.Item2, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secret", s.Item1, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("password", s.Item1, StringComparison.OrdinalIgnoreCase);
        });
        // Telemetry goes by Entra ID: the component takes no instrumentation key on its own.
        Assert.True((bool)Assert.Single(compiled.OfType("Microsoft.Insights/components"))["properties"]!["DisableLocalAuth"]!);
    }

    [Fact]
    public void EveryRoleAssignmentIsAnAzureBuiltInRoleByItsOwnIdAndName()
    {
        var assignments = compiled.OfTypeIn("Microsoft.Authorization/roleAssignments").ToList();

        Assert.True(assignments.Count >= 5, $"{assignments.Count} role assignments");
        foreach (var (assignment, template) in assignments)
        {
            var (id, claimedName) = ClaimedRole(assignment, template);
            Assert.True(AzureBuiltInRoles.ById.TryGetValue(id, out var azure), $"{claimedName}: {id} is no built-in role in infra/azure-builtin-roles.json");
            Assert.Equal(azure.RoleName, claimedName);
        }
    }

    [Fact]
    public void EveryRoleAssignmentIsOnASingleTableContainerOrComponent()
    {
        foreach (var (assignment, template) in compiled.OfTypeIn("Microsoft.Authorization/roleAssignments"))
        {
            var scope = (string?)assignment["scope"] ?? "";
            Assert.True(
                new[] { "Microsoft.Storage/storageAccounts/tableServices/tables'", "Microsoft.Storage/storageAccounts/blobServices/containers'", "Microsoft.Insights/components'" }
                    .Any(type => scope.StartsWith("[resourceId('" + type, StringComparison.Ordinal)),
                $"{ClaimedRole(assignment, template).Name} is not scoped to one table, container or component: '{scope}'");
        }
    }

    /// <summary>
    /// The role an assignment grants, as the template states it: its definition id names a variable of the module,
    /// an object with the role's id and the name the template gives it.
    /// </summary>
    private static (string Id, string Name) ClaimedRole(JsonObject assignment, JsonObject template)
    {
        var expression = (string)assignment["properties"]!["roleDefinitionId"]!;
        var match = System.Text.RegularExpressions.Regex.Match(expression, @"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', variables\('(\w+)'\)\.id\)\]$");
        Assert.True(match.Success, $"the role of {expression} is not a role variable of its module");
        var role = template["variables"]![match.Groups[1].Value]!;
        return ((string)role["id"]!, (string)role["roleName"]!);
    }

    private static string? Setting(JsonObject app, string name) =>
        app["properties"]!["siteConfig"]!["appSettings"]!.AsArray().SingleOrDefault(s => (string?)s!["name"] == name)?["value"]?.ToString();
}
