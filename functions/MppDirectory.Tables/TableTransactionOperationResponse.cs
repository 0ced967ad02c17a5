using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace MppDirectory.Tables;

/// <summary>The response to one operation inside a <c>$batch</c> response.</summary>
internal sealed class TableTransactionOperationResponse(
    int status, string reasonPhrase, Dictionary<string, string> headers, BinaryData content) : Response
{
    public override int Status => status;

    public override string ReasonPhrase => reasonPhrase;

    // A MemoryStream so that Response.Content can hand the bytes out.
    public override Stream? ContentStream { get; set; } = new MemoryStream(content.ToArray(), writable: false);

    public override string ClientRequestId { get; set; } = string.Empty;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers.Select(header => new HttpHeader(header.Key, header.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = headers.TryGetValue(name, out var value);
        values = found ? [value!] : null;
        return found;
    }
}
