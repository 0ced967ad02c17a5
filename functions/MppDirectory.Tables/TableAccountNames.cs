namespace MppDirectory.Tables;

/// <summary>Works out the account name from a Table endpoint when no credential names it.</summary>
internal static class TableAccountNames
{
    /// <summary>
    /// "https://acct.table.core.windows.net" gives "acct"; path-style endpoints on an IP address or
    /// localhost (emulators: "http://127.0.0.1:10002/devstoreaccount1") carry it as the first segment.
    /// </summary>
    public static string FromEndpoint(Uri endpoint)
    {
        var pathStyle = endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || endpoint.IsLoopback;
        var name = pathStyle
            ? endpoint.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            : endpoint.Host.Split('.')[0];
        return string.IsNullOrEmpty(name)
            ? throw new ArgumentException($"The account name cannot be determined from '{endpoint}'.", nameof(endpoint))
            : name;
    }
}
