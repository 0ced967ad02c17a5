using System.Text.Json.Nodes;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.OpenApi;
using NJsonSchema;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>
/// Every operation's response example in the contract is real: it validates against the operation's
/// schema and it is what the app answers to the operation's example request over the seed data.
/// </summary>
public sealed class ResponseExampleTests(Datasets.DatasetApiFixture published) : IClassFixture<Datasets.DatasetApiFixture>
{
    // Values that say when an answer was made or storage last answered, not what the directory holds.
    private static readonly HashSet<string> WhenFields = ["checkedAt", "storageAnsweredAt", "dataAgeSeconds", "dataUpdatedAt"];

    // Reads; a write's answer has the shape of the read of the same resource.
    public static TheoryData<string> Operations => [.. DescribedEndpoint.From(ContractDocument.AppRoutes()).Where(d => d.Methods.Contains("get")).Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task TheExampleIsTheSeedDataAnswerAndMatchesTheSchema(string operationId)
    {
        var described = DescribedEndpoint.From(ContractDocument.AppRoutes()).Single(d => d.Name == operationId);
        var (_, operation) = ContractDocument.OperationFor("get", described.Path);
        var ok = operation.ActualResponses["200"];
        var url = ExampleRequests.UrlOf(described);
        using var live = await published.GetAsync(url);
        var body = await live.Content.ReadAsStringAsync();
        Assert.True(live.IsSuccessStatusCode, $"{url}: {(int)live.StatusCode}");

        if (ResponseExamples.For(operationId, ".csv") is { } csv)
        {
            Assert.Equal(csv, ok.Content["text/csv"].Example?.ToString());
            Assert.StartsWith(csv, body, StringComparison.Ordinal);
            return;
        }

        var example = ResponseExamples.For(operationId, ".json");
        Assert.NotNull(example);
        Assert.Equal(JsonNode.Parse(example)!.ToJsonString(), JsonNode.Parse(ok.Content["application/json"].Example!.ToString()!)!.ToJsonString());
        var errors = ok.Content["application/json"].Schema.Validate(example, SchemaType.OpenApi3);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}")));
        Assert.Equal(Normalize(example, PublicUrls.LocalDefault), Normalize(body, ApiFixture.PublicBaseUrl));
    }

    /// <summary>The JSON with its link base made neutral and its time values blanked.</summary>
    private static string Normalize(string json, string linkBase)
    {
        var node = JsonNode.Parse(json.Replace(linkBase, "https://base", StringComparison.Ordinal))!;
        Blank(node);
        return node.ToJsonString();
    }

    private static void Blank(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (WhenFields.Contains(name))
                    {
                        obj[name] = null;
                    }
                    else
                    {
                        Blank(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Blank(item);
                }

                break;
        }
    }
}
