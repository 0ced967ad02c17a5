using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>What a client reads in the document: names, texts, parameter limits, responses and headers.</summary>
public sealed class OperationDocumentationTests(Datasets.DatasetApiFixture published) : IClassFixture<Datasets.DatasetApiFixture>
{
    private static IEnumerable<(string Path, string Method, OpenApiOperation Operation)> Operations() =>
        ContractDocument.Document.Paths.SelectMany(p => p.Value.Select(o => (p.Key, o.Key, o.Value)));

    [Fact]
    public void EveryOperationHasAnIdATagASummaryAndADescription()
    {
        foreach (var (path, method, operation) in Operations())
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.OperationId), $"{method} {path}: operationId");
            Assert.NotEmpty(operation.Tags);
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{method} {path}: summary");
            Assert.True(operation.Description?.Length > 40, $"{method} {path}: description");
        }

        Assert.Equal(Operations().Count(), Operations().Select(o => o.Operation.OperationId).Distinct().Count());
        Assert.All(ContractDocument.Document.Tags, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
    }

    [Fact]
    public void EveryParameterHasATypeADescriptionAndItsLimits()
    {
        foreach (var (path, _, operation) in Operations())
        {
            foreach (var parameter in operation.ActualParameters)
            {
                var schema = parameter.Schema;
                var where = $"{path} {parameter.Name}";
                Assert.False(string.IsNullOrWhiteSpace(parameter.Description), where);
                Assert.NotEqual(JsonObjectType.None, schema.Type);
                if (schema.Type == JsonObjectType.Integer)
                {
                    Assert.True(schema.Minimum is not null && schema.Maximum is not null && schema.Default is not null, where);
                }

                if (schema.Type == JsonObjectType.String)
                {
                    Assert.True(schema.Enumeration.Count > 0 || schema.MaxLength is not null, where);
                }
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/mpps", "per_page", 1, 100, 20)]
    [InlineData("/api/v1/mpps", "page", 1, 100_000, 1)]
    [InlineData("/api/v1/search", "limit", 1, 50, 10)]
    public void PagingAndLimitParametersStateTheValidatorsBounds(string path, string name, int min, int max, int defaultValue)
    {
        var schema = ContractDocument.Document.Paths[path]["get"].ActualParameters.Single(p => p.Name == name).Schema;

        Assert.Equal((min, max, defaultValue), ((int)schema.Minimum!, (int)schema.Maximum!, Convert.ToInt32(schema.Default, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void EnumsAndPatternsOfQueryParametersAreStated()
    {
        var mpps = ContractDocument.Document.Paths["/api/v1/mpps"]["get"].ActualParameters.ToDictionary(p => p.Name);

        Assert.Equal(["planned", "under-construction", "soft-launched", "launched"], mpps["status"].Schema.Enumeration.Cast<string>());
        Assert.Equal(100, mpps["q"].Schema.MaxLength);
        Assert.Matches(mpps["regency"].Schema.Pattern, "33.75");
        Assert.DoesNotMatch(mpps["regency"].Schema.Pattern, "33");
        Assert.True(ContractDocument.Document.Paths["/api/v1/search"]["get"].ActualParameters.Single(p => p.Name == "q").IsRequired);
    }

    [Fact]
    public void ResponsesDescribeTheirBodiesHeadersAndProblems()
    {
        foreach (var (path, method, operation) in Operations())
        {
            var where = $"{method} {path}";
            var ok = operation.ActualResponses.TryGetValue("200", out var success) ? success : operation.ActualResponses["201"];
            var storedFile = !ok.Content.ContainsKey("application/json");
            Assert.All(ok.Content.Values, c => Assert.NotNull(c.Schema));
            Assert.All(ok.Content.Values.Where(_ => storedFile), c => Assert.Equal("binary", c.Schema.Format));
            foreach (var (status, response) in operation.ActualResponses.Where(r => r.Key is "302"))
            {
                Assert.Empty(response.Content);
                Assert.True(response.Headers.ContainsKey("Location"), $"{where} {status}");
            }

            foreach (var (status, response) in operation.ActualResponses.Where(r => r.Key is "206"))
            {
                Assert.Equal(ok.Content.Keys, response.Content.Keys);
                Assert.True(response.Headers.ContainsKey("Content-Range") && response.Headers.ContainsKey("ETag"), $"{where} {status}");
            }

            foreach (var (status, response) in operation.ActualResponses.Where(r => r.Key is not ("200" or "201" or "206" or "302" or "304")))
            {
                Assert.True(response.Content.Count == 1, $"{where} {status}");
                if (!(path == "/api/health" && status == "503"))
                {
                    Assert.True(response.Content.ContainsKey("application/problem+json"), $"{where} {status}");
                }
            }

            if (path == "/api/v1/suggestions" && method == "post")
            {
                // The one write anyone may send: no token, and the problems of an anonymous body (its shape, size, values, and the client's quota).
                Assert.True(operation.Security is null || operation.Security.Count == 0, where);
                Assert.All(new[] { "400", "413", "415", "422", "429" }, status => Assert.True(operation.ActualResponses.ContainsKey(status), $"{where} {status}"));
            }
            else if (path.StartsWith("/api/v1/", StringComparison.Ordinal) && method != "get")
            {
                // A write: the problems of a write; a write of an existing resource also its new tag and If-Match.
                Assert.Contains(operation.Security, s => s.ContainsKey("steward"));
                Assert.All(new[] { "401", "403", "422" }, status => Assert.True(operation.ActualResponses.ContainsKey(status), $"{where} {status}"));
                if (method is "patch" or "put" or "delete")
                {
                    Assert.True(ok.Headers.ContainsKey("ETag"), where);
                    Assert.All(new[] { "412", "428" }, status => Assert.True(operation.ActualResponses.ContainsKey(status), $"{where} {status}"));
                }
            }
            else if (path.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                Assert.True(ok.Headers.ContainsKey("ETag") && ok.Headers.ContainsKey("Cache-Control"), where);
                Assert.Empty(operation.ActualResponses["304"].Content);
                Assert.True(operation.ActualResponses["503"].Headers.ContainsKey("Retry-After"), where);
            }

            var paged = !storedFile && ok.Content["application/json"].Schema.ActualSchema.Properties.ContainsKey("totalPages");
            Assert.Equal(paged, ok.Headers.ContainsKey("Link") && ok.Headers.ContainsKey("X-Total-Count"));
        }

        Assert.True(ContractDocument.Document.Paths["/api/v1/mpps/{id}"]["get"].ActualResponses.ContainsKey("404"));
        Assert.True(ContractDocument.Document.Paths["/api/v1/mpps"]["get"].ActualResponses.ContainsKey("400"));
    }

    [Fact]
    public void InfoStatesVersionLicenceContactAndVersioningPolicy()
    {
        var info = ContractDocument.Document.Info;

        Assert.Equal("1.0.0", info.Version);
        Assert.Contains("ODbL", info.License.Name, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(info.Contact.Name));
        Assert.Contains("Deprecation", info.Description, StringComparison.Ordinal);
        Assert.Contains("Sunset", info.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryParameterExampleComesFromTheSeedData()
    {
        foreach (var (path, _, operation) in Operations().Where(o => o.Method == "get"))
        {
            var parameters = operation.ActualParameters.Where(p => p.Example is not null).ToList();
            var url = parameters.Where(p => p.Kind == OpenApiParameterKind.Path)
                .Aggregate(path, (u, p) => u.Replace("{" + p.Name + "}", p.Example!.ToString(), StringComparison.Ordinal));
            var required = string.Concat(parameters.Where(p => p.IsRequired && p.Kind == OpenApiParameterKind.Query).Select(p => $"&{p.Name}={Text(p.Example!)}"));
            foreach (var query in parameters.Where(p => p.Kind == OpenApiParameterKind.Query))
            {
                var response = await published.GetAsync($"{url}?{query.Name}={Uri.EscapeDataString(Text(query.Example!))}{required}");

                // Id filters (agency, service, mpp, kind) answer 400 for ids the directory lacks, so a 2xx proves the seed has them.
                Assert.True(response.IsSuccessStatusCode, $"{url} {query.Name}={query.Example}: {(int)response.StatusCode}");
            }

            Assert.True((await published.GetAsync(url + (required.Length > 0 ? "?" + required[1..] : ""))).IsSuccessStatusCode, url);
        }
    }

    private static string Text(object example) => example is bool b ? (b ? "true" : "false") : example.ToString()!;
}
