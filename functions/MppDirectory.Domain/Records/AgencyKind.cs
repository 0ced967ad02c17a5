using System.Text.Json.Serialization;
namespace MppDirectory.Domain.Records;

/// <summary>A kind of agency found in MPPs (Dukcapil, BPJS Kesehatan, Imigrasi ...), known by acronyms and synonyms.</summary>
public sealed record AgencyKind(
    string Id,
    string OfficialName,
    AgencyCategory Category,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Services);

[JsonConverter(typeof(KebabCaseEnumConverter<AgencyCategory>))]
public enum AgencyCategory
{
    /// <summary>OPD: a Dinas or Badan of the city or regency.</summary>
    LocalGovernment,

    /// <summary>Instansi vertikal: a regional office of a national body.</summary>
    NationalRegionalOffice,

    /// <summary>BUMN.</summary>
    StateEnterprise,

    /// <summary>BUMD.</summary>
    RegionalEnterprise,
    Bank,

    /// <summary>A public legal entity such as BPJS.</summary>
    PublicBody,
}
