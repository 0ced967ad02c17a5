using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MppDirectory.Api.Functions;

/// <summary>
/// Derives the function.json files from the app's own route table, so that the functions the host
/// exposes and the routes the app serves cannot drift apart.
/// </summary>
public static class FunctionManifest
{
    /// <summary>
    /// Where the data API lives. host.json's <c>extensions.http.routePrefix</c> is empty, so a function's
    /// route is the whole path: the site's pages at <c>/</c> and the API under <c>/api/</c> share the app.
    /// </summary>
    public const string ApiPrefix = "api/";

    public static IReadOnlyList<HttpFunction> FromRoutes(IEndpointRouteBuilder routes) =>
        [.. routes.DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => new HttpFunction(
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
                    ?? throw new InvalidOperationException($"Route {e.RoutePattern.RawText} has no name (WithName) to name its function."),
                FunctionRoute(e.RoutePattern),
                Methods(e.Metadata.GetMetadata<IHttpMethodMetadata>())))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    public static string ToJson(HttpFunction function)
    {
        var document = new JsonObject
        {
            ["bindings"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "httpTrigger",
                    ["direction"] = "in",
                    ["name"] = "req",
                    ["authLevel"] = function.AuthLevel,
                    ["methods"] = new JsonArray([.. function.Methods.Select(m => JsonValue.Create(m))]),
                    ["route"] = function.Route,
                },
                new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" }),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Writes one folder per function and removes folders of functions the app no longer has.</summary>
    public static void Write(string folder, IReadOnlyList<HttpFunction> functions)
    {
        Directory.CreateDirectory(folder);
        var names = functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetDirectories(folder).Where(d => !names.Contains(Path.GetFileName(d))))
        {
            Directory.Delete(stale, recursive: true);
        }

        foreach (var function in functions)
        {
            var path = Path.Combine(folder, function.Name, "function.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ToJson(function));
        }
    }

    /// <summary>The route's methods, and OPTIONS where the app answers CORS preflight, so that the host forwards it.</summary>
    private static IReadOnlyList<string> Methods(IHttpMethodMetadata? metadata) =>
        [.. (metadata?.HttpMethods ?? [])
            .Concat(metadata?.AcceptCorsPreflight == true ? [HttpMethods.Options] : [])
            .Select(m => m.ToLowerInvariant())
            .Order(StringComparer.Ordinal)];

    /// <summary>The path without its slashes; the root is "/", as an empty route would default to the function's name.</summary>
    private static string FunctionRoute(RoutePattern pattern) =>
        pattern.RawText!.Trim('/') is { Length: > 0 } path ? path : "/";
}
