using System.Reflection;
using Microsoft.AspNetCore.Routing;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Tests.OpenApi;

namespace MppDirectory.Api.Tests.Http;

/// <summary>
/// The answer cache keeps an answer for the loaded directory's version; a GET that reads the tables (through a
/// service of the Storage project) answers what can change without that version, so it must be marked
/// <see cref="NotKeptInAnswerCache"/>. Read from the app's own route table, so a new such route is caught.
/// </summary>
public sealed class AnswerCacheScopeTests
{
    [Fact]
    public void EveryGetThatReadsTheTablesIsKeptByNoAnswerCache()
    {
        var storage = typeof(MppDirectory.Storage.Records.StewardRegistry).Assembly;
        var readingTables = ContractDocument.AppRoutes().SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                && e.Metadata.GetMetadata<MethodInfo>() is { } handler
                && handler.GetParameters().Any(p => p.ParameterType.Assembly == storage))
            .ToList();

        // So that the rule cannot pass by finding nothing: the change feed, the dataset versions and the registry read tables.
        Assert.Contains(readingTables, e => e.RoutePattern.RawText == "/api/v1/changes");
        Assert.Contains(readingTables, e => e.RoutePattern.RawText!.StartsWith("/api/v1/stewards", StringComparison.Ordinal));
        Assert.All(readingTables, e => Assert.True(
            e.Metadata.GetMetadata<NotKeptInAnswerCache>() is not null,
            $"{e.RoutePattern.RawText} reads the tables but its answers may be kept by the answer cache"));
    }
}
