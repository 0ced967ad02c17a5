using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MppDirectory.Tables;

/// <summary>
/// Signs each attempt with the Table service's Shared Key scheme. It runs per retry so that every
/// attempt carries a fresh <c>x-ms-date</c>, which the service checks against a 15-minute window.
/// </summary>
internal sealed class TableSharedKeyPolicy(TableSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);

        request.Headers.TryGetValue("Content-MD5", out var contentMd5);
        request.Headers.TryGetValue("Content-Type", out var contentType);
        var stringToSign = string.Join(
            '\n',
            request.Method.Method,
            contentMd5 ?? string.Empty,
            contentType ?? string.Empty,
            date,
            CanonicalizedResource(request.Uri.ToUri()));

        request.Headers.SetValue(
            "Authorization",
            $"SharedKey {credential.AccountName}:{credential.ComputeSignature(stringToSign)}");
    }

    // The path is signed exactly as sent (still percent-encoded); path-style endpoints such as
    // Azurite's therefore sign "/account/account/...". Only the comp parameter is part of it.
    private string CanonicalizedResource(Uri uri)
    {
        var resource = "/" + credential.AccountName + uri.AbsolutePath;
        foreach (var parameter in uri.Query.TrimStart('?').Split('&'))
        {
            if (parameter.StartsWith("comp=", StringComparison.OrdinalIgnoreCase))
            {
                return resource + "?comp=" + Uri.UnescapeDataString(parameter["comp=".Length..]);
            }
        }

        return resource;
    }
}
