using System.Text.Json.Serialization;
namespace MppDirectory.Domain.Records;

/// <summary>A Kemendagri region: province, regency or city, district, or village.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level)
{
    /// <summary>The code of the region one level up (<c>33.75</c> for <c>33.75.01</c>); null for a province.</summary>
    public string? ParentCode => Code.LastIndexOf('.') is var dot and > 0 ? Code[..dot] : null;
}

[JsonConverter(typeof(KebabCaseEnumConverter<RegionLevel>))]
public enum RegionLevel
{
    Province,
    Regency,
    District,
    Village,
}
