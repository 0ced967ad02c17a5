using System.Security.Cryptography;
using System.Text.Json;

namespace MppDirectory.Domain;

/// <summary>A content hash of the directory: equal data gives an equal version, any change a new one.</summary>
public static class DirectoryFingerprint
{
    public static string Of(DirectoryData data)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(Canonical(data), DirectoryJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(json))[..16];
    }

    /// <summary>
    /// Lists sorted by id so that the order files or tables return does not change the hash; counters
    /// keep the order their sources list them in.
    /// </summary>
    public static DirectoryData Canonical(DirectoryData data) => data with
    {
        Mpps = [.. data.Mpps.OrderBy(m => m.Id, StringComparer.Ordinal)],
        AgencyKinds = [.. data.AgencyKinds.OrderBy(a => a.Id, StringComparer.Ordinal)],
        Services = [.. data.Services.OrderBy(s => s.Id, StringComparer.Ordinal)],
        Sources = [.. data.Sources.OrderBy(s => s.Id, StringComparer.Ordinal)],
        Regions = [.. data.Regions.OrderBy(r => r.Code, StringComparer.Ordinal)],
        Holidays = data.Holidays with
        {
            Days = [.. data.Holidays.Days.OrderBy(d => d.Date).ThenBy(d => d.Kind)],
        },
    };
}
