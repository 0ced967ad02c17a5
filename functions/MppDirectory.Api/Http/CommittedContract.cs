using System.Text.Json;

namespace MppDirectory.Api.Http;

/// <summary>
/// The committed contract, <c>schemas/openapi.json</c>, embedded in the app: a test keeps it equal to what the
/// full route table produces, so both editions serve it and list the API's resources from it, the read
/// edition too, whose own route table lacks the routes it forwards.
/// </summary>
public static class CommittedContract
{
    private const string Resource = "MppDirectory.Api.OpenApi.openapi.json";

    private static readonly Lazy<byte[]> Document = new(() => Embedded.Read(Resource));

    private static readonly Lazy<IReadOnlyList<(string Name, string Summary, string Path)>> Operations = new(ReadOperations);

    public static byte[] Bytes => Document.Value;

    /// <summary>Every operation of the document: its id, summary and path, in the document's order.</summary>
    public static IReadOnlyList<(string Name, string Summary, string Path)> All => Operations.Value;

    private static IReadOnlyList<(string Name, string Summary, string Path)> ReadOperations()
    {
        using var json = JsonDocument.Parse(Bytes);
        return [.. json.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
                .Select(operation => (
                    operation.Value.GetProperty("operationId").GetString() ?? "",
                    operation.Value.TryGetProperty("summary", out var summary) ? summary.GetString() ?? "" : "",
                    path.Name)))];
    }
}
