using System.Text.Json;
using MppDirectory.Testing;

namespace MppDirectory.Infra.Tests;

/// <summary>One built-in role as Azure publishes it.</summary>
public sealed record AzureRole(string RoleName, string Id, string[] Actions, string[] NotActions, string[] DataActions, string[] NotDataActions)
{
    /// <summary>What the role lets its holder do to data, as opposed to reading it: every data action but a read.</summary>
    public IEnumerable<string> DataChanges => DataActions.Where(a => !a.EndsWith("/read", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether any of its actions or data actions reaches Table Storage.</summary>
    public bool ReachesTables => Actions.Concat(DataActions).Any(a => a.Contains("/tableServices/", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// infra/azure-builtin-roles.json: Azure's own definitions of the built-in roles, copied from Microsoft's
/// generated reference (its `source` says which commit). The template's role ids are checked against this
/// copy, never against themselves.
/// </summary>
public static class AzureBuiltInRoles
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyDictionary<string, AzureRole> ById { get; } = Load();

    private static Dictionary<string, AzureRole> Load()
    {
        using var file = File.OpenRead(RepositoryPaths.Combine("infra", "azure-builtin-roles.json"));
        using var document = JsonDocument.Parse(file);
        var roles = document.RootElement.GetProperty("roles").Deserialize<AzureRole[]>(Options)!;
        return roles.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
    }
}
