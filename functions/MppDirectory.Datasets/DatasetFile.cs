using System.Security.Cryptography;

namespace MppDirectory.Datasets;

/// <summary>One file of a dataset version: its name (also its path in the zip), media type and bytes.</summary>
public sealed record DatasetFile(string Name, string MediaType, byte[] Bytes)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    public long Length => Bytes.LongLength;
}
