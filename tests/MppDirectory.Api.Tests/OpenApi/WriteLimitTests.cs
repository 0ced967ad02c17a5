using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Writes;
using MppDirectory.Api.OpenApi;
using MppDirectory.Api.Tests.Datasets;
using MppDirectory.Api.Tests.Stewardship;
using NJsonSchema;

namespace MppDirectory.Api.Tests.OpenApi;

/// <summary>
/// The write contract's text limits are the validators' limits: the contract's schemas are written beside the
/// validators (Api.OpenApi/WriteContract.cs), so this compares the two through the app. For every free-text property
/// of a write body the committed contract bounds with maxLength, the operation's example body with that property one
/// character too long is refused (422) naming the property, and with the property exactly at the limit is not refused
/// for it. Properties with a pattern or a format are left out: a run of letters breaks their pattern before their length.
/// </summary>
public sealed class WriteLimitTests(StewardedDatasetApiFixture published) : IClassFixture<StewardedDatasetApiFixture>
{
    // The example writes build on each other (the MPP the counter's PUT writes is the one the create made): made once per directory.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StewardedDatasetApiFixture, Task> Prepared = [];

    public static TheoryData<string, string, int> Limits()
    {
        var limits = new TheoryData<string, string, int>();
        foreach (var write in ExampleRequests.Writes.Where(w => w.BodyFrom is null && w.Status is >= 200 and < 300).DistinctBy(w => w.OperationId))
        {
            var operation = ContractDocument.OperationFor(write.Method, write.Path).Operation;
            if (operation.RequestBody?.Content.TryGetValue(write.ContentType, out var media) != true || media!.Schema is not { } schema)
            {
                continue;
            }

            foreach (var (name, property) in schema.ActualSchema.ActualProperties)
            {
                var actual = property.ActualSchema;
                if (actual.MaxLength is { } max && actual.Type.HasFlag(JsonObjectType.String) && actual.Pattern is null && string.IsNullOrEmpty(actual.Format))
                {
                    limits.Add(write.OperationId, name, max);
                }
            }
        }

        return limits;
    }

    [Fact]
    public void TheContractBoundsFreeTextOfEveryKindOfWrite()
    {
        // So that the theory below cannot pass by finding nothing to check.
        var operations = Limits().Select(row => (string)row[0]).Distinct().ToList();
        Assert.Contains("PatchMpp", operations);
        Assert.Contains("PutMppCounter", operations);
        Assert.Contains("RegisterSource", operations);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task AValuePastTheDocumentedLimitIsRefusedNamingItAndOneAtTheLimitIsNot(string operationId, string property, int maxLength)
    {
        var write = ExampleRequests.Writes.First(w => w.OperationId == operationId && w.BodyFrom is null);
        await Prepared.GetValue(published, fixture => ExampleRequests.RunWritesAsync(
            fixture.Api.Client, admin => admin ? ImportRequests.Admin : StewardTokens.For("writer", [StewardRoles.Write])));

        var tooLong = await SendAsync(write, property, new string('a', maxLength + 1));
        var tooLongBody = await tooLong.Content.ReadAsStringAsync();
        Assert.True(tooLong.StatusCode == HttpStatusCode.UnprocessableEntity, $"{operationId} {property} of {maxLength + 1}: {(int)tooLong.StatusCode} {tooLongBody}");
        Assert.Contains(property, ErrorFields(tooLongBody));

        var atLimit = await SendAsync(write, property, new string('a', maxLength));
        var atLimitBody = await atLimit.Content.ReadAsStringAsync();
        Assert.True((int)atLimit.StatusCode < 300 || atLimit.StatusCode == HttpStatusCode.UnprocessableEntity, $"{operationId} {property} of {maxLength}: {(int)atLimit.StatusCode} {atLimitBody}");
        Assert.DoesNotContain(property, atLimit.StatusCode == HttpStatusCode.UnprocessableEntity ? ErrorFields(atLimitBody) : []);
    }

    private async Task<HttpResponseMessage> SendAsync(ExampleWrite write, string property, string value)
    {
        var body = JsonNode.Parse(write.Body)!.AsObject();
        if (write.OperationId == "RegisterSteward")
        {
            body["objectId"] = Guid.NewGuid().ToString(); // a subject of its own each time: the example's is registered by now
        }

        body[property] = value;
        var token = write.Admin ? ImportRequests.Admin : StewardTokens.For("writer", [StewardRoles.Write]);
        // A counter of its own each time: the example's counter has ended by now, and an ended counter takes no writes.
        // A verification, too, needs a counter still serving: a seed's, in this fixture's own directory.
        var path = write.OperationId switch
        {
            "PutMppCounter" => write.Path[..(write.Path.LastIndexOf('/') + 1)] + "batas-" + Guid.NewGuid().ToString("N")[..8],
            "VerifyMppCounter" => "/api/v1/mpps/kota-pekalongan/counters/sim-skck/verifications",
            _ => write.Path,
        };
        using var request = new HttpRequestMessage(new HttpMethod(write.Method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, write.ContentType),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        // After the example writes, what a PUT writes may exist already: it is then replaced, as read.
        if ((write.IfMatchOf ?? (write.Method is "PUT" ? path : null)) is { } readPath)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, new Uri(readPath, UriKind.Relative));
            read.Headers.Authorization = request.Headers.Authorization;
            using var answer = await published.Api.Client.SendAsync(read);
            if (answer.Headers.ETag?.Tag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-Match", etag);
            }
        }

        return await published.Api.Client.SendAsync(request);
    }

    private static List<string> ErrorFields(string problem) =>
        JsonDocument.Parse(problem).RootElement.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];
}
