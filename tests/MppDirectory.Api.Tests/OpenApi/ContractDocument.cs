using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using MppDirectory.Api.Hosting;
using MppDirectory.Api.OpenApi;
using MppDirectory.Testing;
using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>The committed contract, read once, and the route table of a built (not started) app.</summary>
internal static class ContractDocument
{
    public const string Regenerate = "run `npm run openapi` to regenerate schemas/ and review the diff";

    private static readonly Lazy<OpenApiDocument> Committed = new(() =>
        OpenApiDocument.FromJsonAsync(File.ReadAllText(Path.Combine(Folder, ContractFiles.OpenApiFile)), null, SchemaType.OpenApi3).GetAwaiter().GetResult());

    public static string Folder => RepositoryPaths.Combine("schemas");

    public static OpenApiDocument Document => Committed.Value;

    public static ICollection<EndpointDataSource> AppRoutes() => ((IEndpointRouteBuilder)DirectoryApp.Build([])).DataSources;

    /// <summary>The files in schemas/ that differ from what the route table produces, missing or extra.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> produced)
    {
        var committed = Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>()
            .Where(f => f == ContractFiles.OpenApiFile || f.EndsWith(ContractFiles.SchemaSuffix, StringComparison.Ordinal));
        return [.. produced.Keys.Union(committed, StringComparer.Ordinal)
            .Where(name => !produced.TryGetValue(name, out var content)
                || !File.Exists(Path.Combine(Folder, name))
                || File.ReadAllText(Path.Combine(Folder, name)) != content)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The operation whose path template matches a request path, with its template.</summary>
    public static (string Template, OpenApiOperation Operation) OperationFor(string method, string requestPath)
    {
        var path = requestPath.Split('?')[0];
        var match = Document.Paths.Single(p => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^/]+?\}", "[^/]+") + "$"));
        return (match.Key, match.Value[method.ToLowerInvariant()]);
    }
}
