using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MppDirectory.Storage.Tests;

/// <summary>
/// A pipeline policy that counts the requests a client sends (each try) and the table rows that come
/// back: a query's <c>value</c> entries, or the one entity of a point read.
/// </summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private readonly Lock _gate = new();
    private int _requests;
    private int _rows;

    public (int Requests, int Rows) Read
    {
        get
        {
            lock (_gate)
            {
                return (_requests, _rows);
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            (_requests, _rows) = (0, 0);
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Record(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Record(message);
    }

    private void Record(HttpMessage message)
    {
        var rows = 0;
        if (message.Request.Method == RequestMethod.Get && message.Response.Status == 200)
        {
            using var body = JsonDocument.Parse(message.Response.Content);
            rows = body.RootElement.TryGetProperty("value", out var value) ? value.GetArrayLength() : 1;
        }

        lock (_gate)
        {
            _requests++;
            _rows += rows;
        }
    }
}
