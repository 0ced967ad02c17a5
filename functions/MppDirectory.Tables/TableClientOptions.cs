using Azure.Core;

namespace MppDirectory.Tables;

/// <summary>Options for the Table clients; retries, diagnostics and transport come from <see cref="ClientOptions"/>.</summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>The REST API version this client's payloads were written against.</summary>
    public const string DefaultServiceVersion = "2019-02-02";

    /// <summary>The value sent as <c>x-ms-version</c> on every request.</summary>
    public string ServiceVersion { get; set; } = DefaultServiceVersion;
}
