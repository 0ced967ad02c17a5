using System.Security.Cryptography;
using System.Text;

namespace MppDirectory.Datasets;

/// <summary>
/// RFC 9562 name-based UUIDs (version 5): the same name always gives the same UUID, so ids in the
/// exports are stable across versions and anyone can recompute them (Python: <c>uuid.uuid5(ns, name)</c>).
/// </summary>
public static class NameBasedUuid
{
    /// <summary>The directory's namespace: the UUIDv5 of the name <c>mpp-directory</c> in RFC 9562's URL namespace.</summary>
    public static string Namespace { get; } = Create("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "mpp-directory");

    public static string Of(string name) => Create(Namespace, name);

    public static string Create(string namespaceUuid, string name)
    {
        var input = Convert.FromHexString(namespaceUuid.Replace("-", "", StringComparison.Ordinal)).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 names here, it protects nothing: RFC 9562 defines version 5 with it.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
