using System.Security.Cryptography;
using System.Text.Json;

namespace MppDirectory.Domain;

/// <summary>A content hash of the directory: equal data gives an equal version, any change a new one.</summary>
public static class DirectoryFingerprint
{
    public static string Of(DirectoryData data) => Of(CanonicalJson(data));

    /// <summary>The version of the directory serialized as <paramref name="canonicalJson"/> (see <see cref="CanonicalJson"/>).</summary>
    public static string Of(ReadOnlySpan<byte> canonicalJson) => Convert.ToHexStringLower(SHA256.HashData(canonicalJson))[..16];

    /// <summary>The bytes the version is a hash of: the canonical directory in <see cref="DirectoryJson"/>.</summary>
    public static byte[] CanonicalJson(DirectoryData data) => JsonSerializer.SerializeToUtf8Bytes(Canonical(data), DirectoryJson.Options.TypeInfo<DirectoryData>());

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
