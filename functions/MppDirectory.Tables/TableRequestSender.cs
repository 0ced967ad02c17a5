using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MppDirectory.Tables;

/// <summary>Builds Table service requests against one endpoint and sends them through one shared pipeline.</summary>
internal sealed class TableRequestSender
{
    public const string JsonContentType = "application/json";

    // Full metadata annotates Int64, DateTime, Guid and Binary values so reads are unambiguous.
    private const string AcceptFullMetadata = "application/json;odata=fullmetadata";

    private readonly HttpPipeline _pipeline;
    private readonly string _serviceVersion;
    private readonly string _endpointText;

    public TableRequestSender(Uri endpoint, TableClientOptions? options, HttpPipelinePolicy authenticationPolicy)
    {
        options ??= new TableClientOptions();
        _serviceVersion = options.ServiceVersion;
        _endpointText = endpoint.AbsoluteUri.TrimEnd('/');
        Endpoint = new Uri(_endpointText);
        _pipeline = HttpPipelineBuilder.Build(options, [], [authenticationPolicy], new ResponseClassifier());
    }

    public Uri Endpoint { get; }

    /// <summary>An absolute URI for an already-escaped path relative to the endpoint.</summary>
    public Uri ResourceUri(string relativePath) => new(_endpointText + "/" + relativePath);

    // Messages are deliberately not disposed after sending: disposing one disposes its response,
    // which callers receive (buffered) as the operation's raw Response.
    public HttpMessage CreateMessage(RequestMethod method, string relativePath, ResponseClassifier classifier)
    {
        var message = _pipeline.CreateMessage(null, classifier);
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(ResourceUri(relativePath));
        request.Headers.SetValue("x-ms-version", _serviceVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue("Accept", AcceptFullMetadata);
        return message;
    }

    public static void SetContent(Request request, string contentType, byte[] content)
    {
        request.Headers.SetValue("Content-Type", contentType);
        request.Content = RequestContent.Create(content);
    }

    /// <summary>Sends the message; a response its classifier calls an error becomes a <see cref="RequestFailedException"/>.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        var response = await SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        return response.IsError ? throw TableServiceError.Read(response).ToException(response) : response;
    }

    /// <summary>Sends the message and returns the response even when it is an error.</summary>
    public async Task<Response> SendUncheckedAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }
}
