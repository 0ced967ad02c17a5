using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.ReadModel;

/// <summary>One immutable, indexed copy of the whole directory at one data version.</summary>
public sealed class DirectorySnapshot
{
    public DirectorySnapshot(DirectoryData data, string version)
    {
        Data = data;
        Version = version;
        MppsById = data.Mpps.ToDictionary(m => m.Id, StringComparer.Ordinal);
        RegionsByCode = data.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    public DirectoryData Data { get; }

    public string Version { get; }

    public IReadOnlyDictionary<string, Mpp> MppsById { get; }

    public IReadOnlyDictionary<string, Region> RegionsByCode { get; }

    public string? RegionName(string? code) => code is not null && RegionsByCode.TryGetValue(code, out var region) ? region.Name : null;
}
