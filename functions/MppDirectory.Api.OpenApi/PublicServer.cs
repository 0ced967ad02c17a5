using Newtonsoft.Json;
using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>The one server: the host that serves the document, public, with where it runs.</summary>
public sealed class PublicServer : OpenApiServer
{
    public const string Where =
        "The host that serves this document: production on Azure Functions, or local development at http://127.0.0.1:7071.";

    /// <summary>Meant for anyone, not an internal network (the OWASP inventory rules ask servers to say so).</summary>
    [JsonProperty("x-internal")]
    public bool Internal => false;
}
