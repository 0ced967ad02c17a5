using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>What the document says of the API as a whole: info, versioning policy, tags.</summary>
public static class ApiContract
{
    public const string Title = Http.ApiVersion.Title;

    /// <summary>The contract's version; <c>/v1</c> stays compatible while this moves (see <see cref="VersioningPolicy"/>).</summary>
    public const string Version = Http.ApiVersion.Current;

    public const string DataLicence = "Open Database License (ODbL) 1.0";

    public const string DataLicenceUrl = "https://opendatacommons.org/licenses/odbl/1-0/";

    public const string VersioningPolicy =
        "Everything under `/api/v1` stays compatible: fields and parameters may be added, never removed or changed in meaning, " +
        "and enum lists may grow (clients should accept values they do not know). A breaking change gets a new version " +
        "(`/api/v2`) beside the old one. A deprecated operation is announced in this document and with `Deprecation` and " +
        "`Sunset` headers (RFC 9745, RFC 8594) on its responses at least six months before it is removed.";

    public static OpenApiInfo Info() => new()
    {
        Title = Title,
        Version = Version,
        Description = ApiGuide.Markdown,
        Contact = new OpenApiContact { Name = "MPP Directory maintainers" },
        License = new OpenApiLicense { Name = DataLicence, Url = DataLicenceUrl },
    };

    /// <summary>One line per tag the endpoints use; a tag without one here stops the document from being built.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MPPs"] = "Mal Pelayanan Publik (public service malls): locations, counters (gerai, loket) and opening hours.",
        ["Agencies"] = "Kinds of agency (instansi) that keep counters in MPPs, with their acronyms and synonyms.",
        ["Services"] = "Kinds of public service (jenis layanan) such as e-KTP, paspor, SIM.",
        ["Search"] = "One search over MPPs, counters, agencies and services.",
        ["Statistics"] = "Totals counted from the directory's records.",
        ["Regions"] = "Kemendagri provinces, regencies (kabupaten) and cities (kota) with their MPP coverage.",
        ["Sources"] = "The source articles and the data-quality notes kept where they disagree or are vague.",
        ["Schedules"] = "National holidays (libur nasional) and collective leave days (cuti bersama) that close counters.",
        ["Status"] = "The state of this service itself: storage reachability and data version.",
        ["Datasets"] = "Versioned bulk downloads of the whole directory.",
        ["Stewardship"] = "Stewards' cited, audited corrections, and the public feed of every change.",
        ["Suggestions"] = "Residents' suggested corrections (saran perbaikan): sent by anyone, answered by the stewards of the MPP with a cited change or a public reason. Complaints about a service go to SP4N-LAPOR!, not here.",
    };
}
