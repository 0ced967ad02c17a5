using System.Text.Json.Nodes;
using MppDirectory.Testing;

namespace MppDirectory.Infra.Tests;

/// <summary>The promises the Azure footprint keeps; a change of infra/ that weakens one fails here.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
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
        var accounts = compiled.OfType("Microsoft.Storage/storageAccounts").ToList();

        Assert.Equal(3, accounts.Count); // the directory's data, and each app's own host storage
        Assert.All(accounts, account =>
        {
            var properties = account["properties"]!;
            Assert.False((bool)properties["allowSharedKeyAccess"]!);
            Assert.False((bool)properties["allowBlobPublicAccess"]!);
            Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        });
        Assert.All(compiled.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));
        Assert.Contains(compiled.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => ((string?)c["name"])!.Contains("datasetContainerName", StringComparison.Ordinal));
        Assert.DoesNotContain("listKeys", compiled.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BothFunctionAppsAreFlexConsumptionCustomHandlersWithAManagedIdentity()
    {
        var plans = compiled.OfType("Microsoft.Web/serverfarms").ToList();
        var apps = compiled.Apps();

        Assert.Equal(2, plans.Count);
        Assert.Equal(2, apps.Count);
        Assert.All(plans, plan => Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]));
        foreach (var (app, settings) in apps.Select(a => (a.Site, a.Settings)))
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
            Assert.Equal("custom", settings["FUNCTIONS_WORKER_RUNTIME"]);
            Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        }

        var basicCredentials = compiled.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(4, basicCredentials.Count);
        Assert.All(basicCredentials, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void TheReadsAppForwardsToTheStewardshipAppAndBothLinkToThePublicAddress()
    {
        var reads = ReadsApp();
        var stewardship = StewardshipApp();

        Assert.Contains("'stewardshipapp'", reads.Settings["Stewardship__Url"], StringComparison.Ordinal); // the stewardship app's own address
        Assert.Equal("[variables('readsAppName')]", compiled.Resolve((string)reads.Site["name"]!, reads.Template));
        Assert.Contains("variables('readsAppName')", reads.Settings["PublicBaseUrl"], StringComparison.Ordinal); // the reads app's address
        Assert.Equal(reads.Settings["PublicBaseUrl"], stewardship.Settings["PublicBaseUrl"]);
    }

    [Fact]
    public void TheStewardshipAppTakesOnlyWhatTheReadsAppForwardsAndLimitsEveryClient()
    {
        var reads = ReadsApp();
        var stewardship = StewardshipApp();

        // The full app accepts a forwarded request only with a token whose oid is the reads app's identity (its
        // object id, not its client id), which the reads app asks of Entra ID for the directory API's audience.
        var forwarder = stewardship.Settings["Forwarding__ForwarderObjectId"];
        Assert.Equal(reads.Identity, CompiledTemplate.IdentityModule(forwarder));
        Assert.EndsWith(".outputs.principalId.value]", forwarder, StringComparison.Ordinal);
        Assert.Equal(reads.Identity, CompiledTemplate.IdentityModule(reads.Settings["Stewardship__IdentityClientId"]));
        Assert.EndsWith(".outputs.clientId.value]", reads.Settings["Stewardship__IdentityClientId"], StringComparison.Ordinal);
        Assert.Equal(stewardship.Settings["Authentication__Audience"], reads.Settings["Stewardship__ProofAudience"]);
        Assert.Contains("tenant().tenantId", stewardship.Settings["Authentication__Authority"], StringComparison.Ordinal);
        Assert.Contains("Authentication__AllowedClientApplications", stewardship.Settings.Keys);
        Assert.DoesNotContain(reads.Settings.Keys, name => name.StartsWith("Authentication__", StringComparison.Ordinal));

        // It limits each client as the reads app does, by the address the forwarded request states, which it does
        // not take from X-Forwarded-For on its own say; and each steward's writes.
        Assert.Equal(reads.Settings["RateLimiting__PermitsPerMinute"], stewardship.Settings["RateLimiting__PermitsPerMinute"]);
        var permitsByDefault = compiled.Template["parameters"]!["rateLimitPermitsPerMinute"]!["defaultValue"];
        Assert.All(EnvironmentParameters(), environment => Assert.True((int)(environment["rateLimitPermitsPerMinute"]?["value"] ?? permitsByDefault)! > 0, environment.ToJsonString()));
        Assert.Equal("false", stewardship.Settings["RateLimiting__TrustForwardedFor"]);
        Assert.True(PositiveParameter(stewardship.Settings["RateLimiting__WritePermitsPerMinute"]), stewardship.Settings["RateLimiting__WritePermitsPerMinute"]);
    }

    [Fact]
    public void NoAppSettingHoldsASecret()
    {
        var settings = compiled.Apps().SelectMany(app => app.Settings.Select(s => (s.Key, s.Value))).ToList();

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

    [Fact]
    public void TheReadsAppsIdentityReadsTheDataItServesAndCanChangeNoneOfIt()
    {
        var reads = ReadsApp();
        var dataAccount = reads.Inner("Storage__accountName");
        var datasets = reads.Inner("Storage__DatasetContainer");
        var host = reads.Inner("AzureWebJobsStorage__accountName");
        var held = RolesHeldBy(reads.Identity).ToList();

        Assert.All(held, r =>
        {
            Assert.False(r.Role.ReachesTables, $"the reads app's identity holds {r.Role.RoleName} on {r.Scope}");
            if (r.Role.DataChanges.Any(a => a.StartsWith("Microsoft.Storage/", StringComparison.Ordinal)))
            {
                // It writes only its own host's keys and locks and its own package, in its own host storage.
                Assert.True(r.Scope.Contains(host, StringComparison.Ordinal) && !r.Scope.Contains(dataAccount, StringComparison.Ordinal), $"the reads app's identity holds {r.Role.RoleName} on {r.Scope}");
            }
        });
        Assert.Contains(held, r => r.Role.DataActions.Any(a => a.EndsWith("/blobs/read", StringComparison.Ordinal)) && r.Scope.Contains(dataAccount, StringComparison.Ordinal) && r.Scope.Contains(datasets, StringComparison.Ordinal));
        Assert.NotEqual(dataAccount, host);
    }

    [Fact]
    public void TheStewardshipAppsIdentityWritesTheTablesAndTheDatasets()
    {
        var stewardship = StewardshipApp();
        var dataAccount = stewardship.Inner("Storage__accountName");
        var datasets = stewardship.Inner("Storage__DatasetContainer");
        var onData = RolesHeldBy(stewardship.Identity).Where(r => r.Scope.Contains(dataAccount, StringComparison.Ordinal)).ToList();

        Assert.Contains(onData, r => r.Role.ReachesTables && r.Role.DataChanges.Any());
        Assert.Contains(onData, r => r.Scope.Contains(datasets, StringComparison.Ordinal) && r.Role.DataChanges.Any(a => a.EndsWith("/blobs/write", StringComparison.Ordinal)));
    }

    [Fact]
    public void EachAppRunsAsItsOwnIdentityFromItsOwnHostStorage()
    {
        var apps = compiled.Apps();
        var accounts = compiled.OfTypeIn("Microsoft.Storage/storageAccounts").ToList();

        Assert.Equal(2, apps.Count);
        Assert.NotNull(apps[0].Identity);
        Assert.NotEqual(apps[0].Identity, apps[1].Identity);
        Assert.NotEqual(apps[0].Settings["AzureWebJobsStorage__accountName"], apps[1].Settings["AzureWebJobsStorage__accountName"]);
        foreach (var app in apps)
        {
            var host = app.Settings["AzureWebJobsStorage__accountName"];
            Assert.NotEqual(app.Settings["Storage__accountName"], host);
            Assert.Equal(app.Settings["Storage__clientId"], app.Settings["AzureWebJobsStorage__clientId"]);
            Assert.Equal(app.Identity, CompiledTemplate.IdentityModule(app.Settings["AzureWebJobsStorage__clientId"]));

            // The account the host uses is one of its own, with no tables, which also holds its deployment package.
            var (_, template) = Assert.Single(accounts, a => compiled.Resolve((string)a.Resource["name"]!, a.Template) == host);
            Assert.DoesNotContain(compiled.Resources(), r => ReferenceEquals(r.Template, template) && ((string)r.Resource["type"]!).Contains("tableServices", StringComparison.Ordinal));
            Assert.Contains($"'{compiled.DeploymentOf(template)}'", app.DeploymentStorage, StringComparison.Ordinal);

            // Only the app's own identity holds a role there.
            var hostAccount = app.Inner("AzureWebJobsStorage__accountName");
            Assert.All(RolesHeldOn(hostAccount), r => Assert.Equal(app.Identity, r.Holder));
            Assert.NotEmpty(RolesHeldOn(hostAccount));
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

    /// <summary>The parameters each environment (infra/env/*.bicepparam) deploys with, as npm run infra compiles them.</summary>
    private static IEnumerable<JsonObject> EnvironmentParameters()
    {
        var files = Directory.GetFiles(RepositoryPaths.Combine("artifacts", "infra"), "*.parameters.json");
        Assert.NotEmpty(files);
        return files.Select(file => JsonNode.Parse(File.ReadAllText(file))!["parameters"]!.AsObject());
    }

    /// <summary>Whether a resolved setting is a parameter of main.bicep that cannot be below 1, as a string.</summary>
    private bool PositiveParameter(string setting)
    {
        var match = System.Text.RegularExpressions.Regex.Match(setting, @"^\[string\(parameters\('(\w+)'\)\)\]$");
        return match.Success && (int?)compiled.Template["parameters"]![match.Groups[1].Value]!["minValue"] >= 1;
    }

    /// <summary>The public app: the one that forwards to the other.</summary>
    private FunctionApp ReadsApp() => Assert.Single(compiled.Apps(), app => app.Settings.TryGetValue("Stewardship__Url", out var url) && url.Contains("outputs.url", StringComparison.Ordinal));

    /// <summary>The other app, which must run as an identity of its own.</summary>
    private FunctionApp StewardshipApp()
    {
        var reads = ReadsApp();
        return Assert.Single(compiled.Apps(), app => !ReferenceEquals(app.Site, reads.Site) && app.Identity != reads.Identity);
    }

    /// <summary>Every role assignment as Azure defines its role, with its scope and holder resolved into main.bicep's terms.</summary>
    private IEnumerable<(AzureRole Role, string Scope, string? Holder)> Assignments() =>
        compiled.OfTypeIn("Microsoft.Authorization/roleAssignments").Select(a => (
            AzureBuiltInRoles.ById[ClaimedRole(a.Resource, a.Template).Id],
            compiled.Resolve((string)a.Resource["scope"]!, a.Template),
            CompiledTemplate.IdentityModule(compiled.Resolve((string)a.Resource["properties"]!["principalId"]!, a.Template))));

    private IEnumerable<(AzureRole Role, string Scope)> RolesHeldBy(string? identity)
    {
        Assert.NotNull(identity);
        return Assignments().Where(a => a.Holder == identity).Select(a => (a.Role, a.Scope));
    }

    private IEnumerable<(AzureRole Role, string Scope, string? Holder)> RolesHeldOn(string account) =>
        Assignments().Where(a => a.Scope.Contains(account, StringComparison.Ordinal));
}
