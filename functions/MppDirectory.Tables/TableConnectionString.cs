namespace MppDirectory.Tables;

/// <summary>The parts of a storage connection string this client uses: the table endpoint and a Shared Key.</summary>
internal sealed record TableConnectionString(Uri TableEndpoint, TableSharedKeyCredential Credential)
{
    // Azurite's documented defaults for UseDevelopmentStorage=true.
    internal const string DevelopmentAccountName = "devstoreaccount1";
    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    internal static readonly Uri DevelopmentTableEndpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    public static TableConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = ReadSettings(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var useDevelopmentStorage))
        {
            if (!string.Equals(useDevelopmentStorage, "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException("UseDevelopmentStorage must be 'true' when present.");
            }

            return new(DevelopmentTableEndpoint, new(DevelopmentAccountName, DevelopmentAccountKey));
        }

        if (!settings.TryGetValue("AccountName", out var accountName) || !settings.TryGetValue("AccountKey", out var accountKey))
        {
            throw new FormatException("The connection string must contain AccountName and AccountKey (only Shared Key is supported).");
        }

        var endpoint = settings.TryGetValue("TableEndpoint", out var tableEndpoint)
            ? ParseEndpoint(tableEndpoint)
            : AccountEndpoint(settings, accountName);
        return new(endpoint, new(accountName, accountKey));
    }

    private static Dictionary<string, string> ReadSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var segments = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var index = 0; index < segments.Length; index++)
        {
            // Split at the first '=' only: base64 account keys end with '='.
            var separator = segments[index].IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                // The segment itself is not echoed: it could be part of a secret.
                throw new FormatException($"Connection string segment {index + 1} is not a Key=Value pair.");
            }

            var name = segments[index][..separator].Trim();
            if (!settings.TryAdd(name, segments[index][(separator + 1)..].Trim()))
            {
                throw new FormatException($"Connection string setting '{name}' appears more than once.");
            }
        }

        return settings;
    }

    private static Uri AccountEndpoint(Dictionary<string, string> settings, string accountName)
    {
        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException("DefaultEndpointsProtocol must be 'http' or 'https'.");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return ParseEndpoint($"{protocol}://{accountName}.table.{suffix}");
    }

    private static Uri ParseEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new FormatException($"'{endpoint}' is not an absolute http(s) table endpoint.");
}
