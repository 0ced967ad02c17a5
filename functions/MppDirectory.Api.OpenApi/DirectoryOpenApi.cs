using Microsoft.AspNetCore.Http.Metadata;
using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.0 document of the app, built from its own endpoint table: each described route's
/// name, tags, summary, description, parameters and typed responses. Nothing here lists routes.
/// </summary>
public static class DirectoryOpenApi
{
    public static (OpenApiDocument Document, IReadOnlyCollection<Type> ResponseTypes) Create(IEnumerable<EndpointDataSource> sources)
    {
        var document = new OpenApiDocument
        {
            SchemaType = SchemaType.OpenApi3,
            Info = ApiContract.Info(),
            Servers = { new PublicServer { Url = "/", Description = PublicServer.Where } },

            // An empty requirement: reads are public, no authentication, stated rather than left out; writes say otherwise.
            Security = [new OpenApiSecurityRequirement()],
        };
        WriteContract.AddScheme(document);
        var schemas = new ResponseSchemas(document);
        foreach (var described in DescribedEndpoint.From(sources))
        {
            // One path may have several endpoints (a read and a write of the same MPP).
            if (!document.Paths.TryGetValue(described.Path, out var item))
            {
                item = new OpenApiPathItem();
                document.Paths[described.Path] = item;
            }

            foreach (var method in described.Methods)
            {
                item[method] = Operation(described, schemas);
            }
        }

        foreach (var tag in document.Operations.SelectMany(o => o.Operation.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            document.Tags.Add(new OpenApiTag
            {
                Name = tag,
                Description = ApiContract.Tags.TryGetValue(tag, out var description)
                    ? description
                    : throw new InvalidOperationException($"Tag '{tag}' has no description in {nameof(ApiContract)}.{nameof(ApiContract.Tags)}."),
            });
        }

        return (document, schemas.Types);
    }

    /// <summary>The document as served and committed: indented JSON with LF line ends and a final newline.</summary>
    public static string ToJson(OpenApiDocument document) =>
        document.ToJson().ReplaceLineEndings("\n") + "\n";

    private static OpenApiOperation Operation(DescribedEndpoint described, ResponseSchemas schemas)
    {
        var metadata = described.Endpoint.Metadata;
        var operation = new OpenApiOperation
        {
            OperationId = described.Name,
            Summary = metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? throw Missing(described, "summary (WithSummary)"),
            Description = metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description ?? throw Missing(described, "description (WithDescription)"),
        };
        foreach (var tag in metadata.GetOrderedMetadata<ITagsMetadata>().SelectMany(t => t.Tags))
        {
            operation.Tags.Add(tag);
        }

        if (operation.Tags.Count == 0)
        {
            throw Missing(described, "tag (WithTags)");
        }

        foreach (var parameter in OperationParameters.Of(described))
        {
            operation.Parameters.Add(parameter);
        }

        WriteContract.Describe(operation, metadata);
        OperationResponses.Describe(operation, described, schemas);
        operation.ExtensionData = new Dictionary<string, object?> { ["x-codeSamples"] = CodeSamples.For(described) };
        return operation;
    }

    private static InvalidOperationException Missing(DescribedEndpoint described, string what) =>
        new($"{described.Name} ({described.Path}) has no {what}.");
}
