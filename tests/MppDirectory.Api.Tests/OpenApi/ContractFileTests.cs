using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using MppDirectory.Api.Http;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.OpenApi;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>schemas/ is exactly what the app's route table produces, and the app serves the same document.</summary>
public sealed class ContractFileTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void CommittedSchemasEqualWhatTheRouteTableProduces()
    {
        var differences = ContractDocument.Differences(ContractFiles.From(ContractDocument.AppRoutes()));

        Assert.True(differences.Count == 0, $"schemas/ differs from the app in {string.Join(", ", differences)}; {ContractDocument.Regenerate}.");
    }

    [Fact]
    public async Task ServedDocumentIsTheCommittedFileByteForByte()
    {
        var response = await api.Client.GetAsync("/api/openapi.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(ContractDocument.Folder, ContractFiles.OpenApiFile)),
            await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void RemovingARouteMakesTheCommittedCopyDiffer()
    {
        var routes = ContractDocument.AppRoutes().SelectMany(s => s.Endpoints)
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName != "ListNotes");

        var differences = ContractDocument.Differences(ContractFiles.From([new DefaultEndpointDataSource(routes)]));

        Assert.Contains("openapi.json", differences);
        Assert.Contains("paged-list-of-note-view.schema.json", differences);
    }

    [Fact]
    public void ChangingAResponseTypeMakesTheCommittedCopyDiffer()
    {
        // GetMppSchedule answering the list shape instead of the schedule, with the same name, tags and texts.
        var endpoints = ContractDocument.AppRoutes().SelectMany(s => s.Endpoints).ToList();
        var real = endpoints.OfType<RouteEndpoint>().Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "GetMppSchedule");
        var changed = Endpoint(real, ([System.ComponentModel.Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id) =>
            TypedResults.Ok(new MppSummary(id, "", default, null!, null!, null!, null, null, 0, null, null, false, null!)));
        var routes = endpoints.Select(e => e == real ? changed : e);

        var differences = ContractDocument.Differences(ContractFiles.From([new DefaultEndpointDataSource(routes)]));

        Assert.Contains("openapi.json", differences);
        Assert.Contains("mpp-schedule.schema.json", differences);
    }

    /// <summary>An endpoint on the same route with the same metadata, but another handler.</summary>
    private static Endpoint Endpoint(RouteEndpoint like, Delegate handler)
    {
        var builder = WebApplication.CreateBuilder();
        var app = builder.Build();
        app.MapGet(like.RoutePattern.RawText!, handler)
            .WithMetadata([.. like.Metadata.Where(m => m is not MethodInfo and not IProducesResponseTypeMetadata)]);
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).Single();
    }
}
