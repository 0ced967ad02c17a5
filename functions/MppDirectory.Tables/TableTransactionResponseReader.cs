using System.Globalization;
using Azure;

namespace MppDirectory.Tables;

/// <summary>Splits a <c>$batch</c> response into the embedded responses of its operations.</summary>
internal static class TableTransactionResponseReader
{
    // Rather than tracking nested multipart boundaries, each embedded response is found by its
    // status line; its headers run to the first blank line and its body to the next boundary line.
    public static List<Response> Read(Response batchResponse)
    {
        var lines = batchResponse.Content.ToString().ReplaceLineEndings("\n").Split('\n');
        var responses = new List<Response>();
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
            {
                responses.Add(ReadOperation(lines, ref index));
            }
        }

        return responses;
    }

    private static TableTransactionOperationResponse ReadOperation(string[] lines, ref int index)
    {
        // "HTTP/1.1 409 Conflict"
        var statusLine = lines[index].Split(' ', 3);
        var status = int.Parse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture);
        var reasonPhrase = statusLine.Length > 2 ? statusLine[2] : string.Empty;

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (index++; index < lines.Length && lines[index].Length > 0; index++)
        {
            var separator = lines[index].IndexOf(':', StringComparison.Ordinal);
            if (separator > 0)
            {
                headers[lines[index][..separator].Trim()] = lines[index][(separator + 1)..].Trim();
            }
        }

        var bodyStart = index + 1;
        while (index + 1 < lines.Length && !lines[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            index++;
        }

        var body = bodyStart <= index ? string.Join('\n', lines[bodyStart..(index + 1)]).Trim() : string.Empty;
        return new(status, reasonPhrase, headers, BinaryData.FromString(body));
    }
}
