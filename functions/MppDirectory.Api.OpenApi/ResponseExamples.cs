using System.Reflection;
using System.Text;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The 200 answer of each operation to its <see cref="ExampleRequests"/> over the seed data, as captured
/// by <c>npm run openapi:examples</c> into <c>schemas/examples/</c> and embedded in the app. A test
/// checks each against its schema and against the live answer.
/// </summary>
public static class ResponseExamples
{
    public const string Folder = "examples";
    private const string ResourcePrefix = "MppDirectory.Api.OpenApi.Examples.";

    /// <summary>The file extension an example of this media type is kept with.</summary>
    public static string ExtensionOf(string mediaType) => mediaType switch
    {
        "text/csv" => ".csv",
        "application/x-ndjson" => ".ndjson",
        "application/geo+json" => ".geojson",
        "text/markdown" => ".md",
        _ => ".json",
    };

    /// <summary>The example body of an operation: <c>{operationId}.json</c>, or the file's own extension for a file download; null when none was captured.</summary>
    public static string? For(string operationId, string extension)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + operationId + extension);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
