using MppDirectory.Api.Http.Paging;
using NJsonSchema;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The committed contract: <c>schemas/openapi.json</c> and one JSON Schema (draft 4) per response body
/// type, <c>schemas/&lt;type&gt;.schema.json</c>, all from the same endpoint table and types.
/// </summary>
public static class ContractFiles
{
    public const string OpenApiFile = "openapi.json";

    public const string SchemaSuffix = ".schema.json";

    /// <summary>File name to content, for writing or for comparing with the committed copies.</summary>
    public static IReadOnlyDictionary<string, string> From(IEnumerable<EndpointDataSource> sources)
    {
        var (document, responseTypes) = DirectoryOpenApi.Create(sources);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal) { [OpenApiFile] = DirectoryOpenApi.ToJson(document) };
        var settings = WireSchemaSettings.For(SchemaType.JsonSchema);
        foreach (var type in responseTypes.Concat(responseTypes.Select(ItemTypeOfPage).OfType<Type>()).Where(t => !ResponseSchemas.IsFile(t)))
        {
            var schema = JsonSchema.FromType(type, settings);
            files[FileNameOf(schema.Title ?? type.Name)] = schema.ToJson().ReplaceLineEndings("\n") + "\n";
        }

        return files;
    }

    public static void Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder, "*" + SchemaSuffix).Where(f => !files.ContainsKey(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }

        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }
    }

    private static Type? ItemTypeOfPage(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedList<>) ? type.GetGenericArguments()[0] : null;

    /// <summary><c>PagedListOfMppSummary</c> becomes <c>paged-list-of-mpp-summary.schema.json</c>.</summary>
    private static string FileNameOf(string typeName) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(typeName) + SchemaSuffix;
}
