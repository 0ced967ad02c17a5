using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.OpenApi;
using MppDirectory.Api.Tests.Stewardship;
using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>
/// Every operation, called live: its ETag matches the pattern the contract documents, its Cache-Control is one of
/// the values the contract lists (and there is none where the contract lists none), and its 200 or 201 body
/// validates against the schema and has the shape of the contract's example (the same fields, at every depth).
/// </summary>
public sealed class LiveContractTests(Datasets.DatasetApiFixture published) : IClassFixture<Datasets.DatasetApiFixture>
{
    public static TheoryData<string> Reads => [.. DescribedEndpoint.From(ContractDocument.AppRoutes()).Where(d => d.Methods.Contains("get")).Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task EveryReadAnswersAsDocumented(string operationId)
    {
        var described = DescribedEndpoint.From(ContractDocument.AppRoutes()).Single(d => d.Name == operationId);
        var url = ExampleRequests.UrlOf(described);
        var (_, operation) = ContractDocument.OperationFor("get", described.Path);

        foreach (var coding in new[] { "identity", "br" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
            if (url.StartsWith("/api/v1/stewards", StringComparison.Ordinal))
            {
                request.Headers.Authorization = new("Bearer", StewardTokens.For("examples-admin", [MppDirectory.Api.Http.Stewardship.StewardRoles.Admin])); // admins only
            }

            using var response = await published.Api.Client.SendAsync(request);

            await AssertDocumentedAsync($"GET {url} ({coding})", operation, response, operationId, decoded: coding == "identity");
        }
    }

    [Fact]
    public async Task TheChangeFeedAsAnAdminReadsItIsDocumentedToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/changes");
        request.Headers.Authorization = new("Bearer", ImportRequests.Admin);
        using var response = await published.Api.Client.SendAsync(request);

        await AssertDocumentedAsync("GET /api/v1/changes (admin)", ContractDocument.OperationFor("get", "/api/v1/changes").Operation, response, "ListChanges", decoded: true);
    }

    internal static async Task AssertDocumentedAsync(string what, OpenApiOperation operation, HttpResponseMessage response, string example, bool decoded)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(status is "200" or "201", $"{what}: {status}");
        var documented = operation.ActualResponses[status];

        if (documented.Headers.TryGetValue("ETag", out var etag))
        {
            Assert.True(response.Headers.ETag is not null, $"{what} sends no ETag");
            Assert.Matches(etag.Schema.Pattern!, response.Headers.ETag.Tag.ToString());
        }
        else
        {
            Assert.True(response.Headers.ETag is null, $"{what} sends an ETag the contract does not document");
        }

        // As sent: the typed header would reorder its directives.
        var cacheControl = response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? string.Join(", ", values) : null;
        if (documented.Headers.TryGetValue("Cache-Control", out var listed))
        {
            Assert.True(cacheControl is not null, $"{what} sends no Cache-Control");
            Assert.True(
                listed.Schema.Enumeration.Contains(cacheControl) || listed.Schema.Pattern is { } pattern && Regex.IsMatch(cacheControl, pattern),
                $"{what} sends Cache-Control '{cacheControl}', which the contract does not list ({string.Join(" | ", listed.Schema.Enumeration)}{listed.Schema.Pattern})");
        }
        else
        {
            Assert.True(cacheControl is null, $"{what} sends Cache-Control '{cacheControl}', which the contract does not list");
        }

        if (!decoded)
        {
            return; // the compressed bytes: their tag is checked, their body is the identity one's
        }

        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        Assert.True(documented.Content.TryGetValue(mediaType, out var content), $"{what}: {mediaType} is not documented");
        if (content.Schema.Format == JsonFormatStrings.Binary)
        {
            // A file: it starts as the example does (its header row).
            var sample = ResponseExamples.For(example, ResponseExamples.ExtensionOf(mediaType));
            Assert.NotNull(sample);
            Assert.Equal(sample.Split('\n')[0], body.Split('\n')[0]);
            return;
        }

        var errors = content.Schema.Validate(body, SchemaType.OpenApi3);
        Assert.True(errors.Count == 0, $"{what} does not match its schema: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}");
        var documentedExample = content.Example?.ToString();
        Assert.True(documentedExample is not null, $"{what}: the contract has no example for {status} {mediaType}");
        Assert.Equal(Shape(JsonNode.Parse(documentedExample)), Shape(JsonNode.Parse(body)));
    }

    /// <summary>Every field path of the JSON (array items merged), with whether its value is null, an object, an array or a value.</summary>
    private static SortedSet<string> Shape(JsonNode? node)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(node, "$", paths);
        return paths;
    }

    /// <summary>
    /// What the open-now status says only at some moments (why it is closed: outside hours, a holiday; the occasion):
    /// null or a value by the time of day the example was written and the test runs, so only its presence is shape.
    /// </summary>
    private static bool Momentary(string path) => path.EndsWith(".status.closedReason", StringComparison.Ordinal) || path.EndsWith(".status.occasion", StringComparison.Ordinal);

    private static void Walk(JsonNode? node, string path, SortedSet<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                paths.Add(path + ":object");
                foreach (var (name, value) in obj)
                {
                    // Keys that are data (a dictionary by agency kind or language) are not shape.
                    Walk(value, Regex.IsMatch(name, "^[a-z]+([A-Z][a-z0-9]*)*$") ? path + "." + name : path + ".*", paths);
                }

                break;
            case JsonArray array:
                paths.Add(path + ":array");
                foreach (var item in array)
                {
                    Walk(item, path + "[]", paths);
                }

                break;
            case null:
                paths.Add(path + (Momentary(path) ? ":value or null" : ":null"));
                break;
            default:
                paths.Add(path + (Momentary(path) ? ":value or null" : ":value"));
                break;
        }
    }
}

/// <summary>The writes that show each write operation, run over a directory of their own (they change it), answer as documented.</summary>
public sealed class LiveWriteContractTests(Datasets.StewardedDatasetApiFixture published) : IClassFixture<Datasets.StewardedDatasetApiFixture>
{
    [Fact]
    public async Task EveryWriteAnswersAsDocumented()
    {
        var answers = await ExampleRequests.RunWritesAsync(published.Api.Client, admin => admin ? ImportRequests.Admin : StewardTokens.For("writer", [MppDirectory.Api.Http.Stewardship.StewardRoles.Write]));

        foreach (var (write, response, _) in answers)
        {
            var (_, operation) = ContractDocument.OperationFor(write.Method, write.Path);
            Assert.True(write.Status == (int)response.StatusCode, $"{write.Method} {write.Path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await LiveContractTests.AssertDocumentedAsync($"{write.Method} {write.Path}", operation, response, write.Example, decoded: true);
        }

        // Every write of the contract is among them.
        var writes = ContractDocument.Document.Paths.SelectMany(p => p.Value.Where(o => o.Key != "get").Select(o => o.Value.OperationId));
        Assert.Empty(writes.Except(answers.Select(a => a.Write.OperationId)));
    }
}
