using System.Buffers.Text;
using System.Text.Json;

namespace MppDirectory.Tables;

/// <summary>
/// The service's NextPartitionKey/NextRowKey pair as one opaque, URL-safe string
/// (base64url of a JSON array) that callers can hand out as a page token.
/// </summary>
internal sealed record TableContinuationToken(string NextPartitionKey, string? NextRowKey)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { NextPartitionKey, NextRowKey }));

    public static TableContinuationToken Decode(string token)
    {
        try
        {
            var keys = JsonSerializer.Deserialize<string?[]>(Base64Url.DecodeFromChars(token));
            if (keys is [{ } nextPartitionKey, var nextRowKey])
            {
                return new(nextPartitionKey, nextRowKey);
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new ArgumentException("The continuation token is not one this client issued.", nameof(token), exception);
        }

        throw new ArgumentException("The continuation token is not one this client issued.", nameof(token));
    }
}
