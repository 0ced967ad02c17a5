using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Tests.Search;

/// <summary>A small directory shaped like the seed data: four MPPs in four provinces, with the stated names sources use.</summary>
internal static class SearchFixture
{
    public static readonly AgencyKind Dukcapil = new(
        "dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", AgencyCategory.LocalGovernment,
        ["Disdukcapil", "Dukcapil"], ["Dinas Dukcapil", "Catatan Sipil"], ["e-ktp", "akta-kelahiran"]);

    public static readonly AgencyKind Imigrasi = new(
        "imigrasi", "Kantor Imigrasi", AgencyCategory.NationalRegionalOffice, ["Kanim"], ["Imigrasi"], ["paspor"]);

    public static readonly AgencyKind Bpkd = new(
        "bpkd", "Badan Pengelolaan Keuangan Daerah", AgencyCategory.LocalGovernment, ["BPKD"], ["Badan Keuangan Daerah"], ["pajak-daerah"]);

    public static readonly AgencyKind Polres = new(
        "polres", "Kepolisian Resor", AgencyCategory.NationalRegionalOffice, ["Polres"], ["Polisi"], ["sim"]);

    public static readonly DirectoryData Directory = new(
        [
            Mpp(
                "kota-langsa", "Mal Pelayanan Publik Kota Langsa", new RegionCodes("11", "11.74", "11.74.03", "11.74.03.2004"),
                "DPMPTSP Kota Langsa, Gampong Jawa, Kecamatan Langsa Kota", "Gedung DPMPTSP Kota Langsa",
                [
                    Counter("imigrasi", "imigrasi", "Kantor Imigrasi Kelas II Non TPI Kota Langsa"),
                    Counter("dukcapil", "dukcapil", "Dinas Dukcapil"),
                    Counter("bpkd", "bpkd", "BPKD"),
                ]),
            Mpp(
                "kota-pangkalpinang", "Mal Pelayanan Publik Kota Pangkalpinang", new RegionCodes("19", "19.71", null, null),
                null, "Destar Point Café",
                [
                    Counter("bpkd", "bpkd", "Badan Keuangan Daerah"),
                    Counter("dukcapil", "dukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
                    Counter("polres", "polres", "kepolisian"),
                ]),
            Mpp(
                "kota-banjarbaru", "Mal Pelayanan Publik Banjarbaru", new RegionCodes("63", "63.72", null, null),
                "Jalan Husni Thamrin No. 01, Kota Banjarbaru", null,
                [
                    Counter("dukcapil", "dukcapil", "Dinas Pendudukan dan Catatan Sipil"),
                    Counter("polres", "polres", "POLRES"),
                    // A counter naming another city, so that "langsa" matches this MPP only through a counter.
                    Counter("bank-aceh", "bank", "Bank Aceh Cabang Langsa"),
                ]),
            Mpp(
                "kota-pekalongan", "Mal Pelayanan Publik Kota Pekalongan", new RegionCodes("33", "33.75", null, null),
                "Jalan Jaksa Agung R. Soeprapto, Kelurahan Podusugih", null,
                [
                    Counter("dukcapil", "dukcapil", "e-KTP", ["e-ktp"]),
                    Counter("polres", "polres", "SIM, SKCK", ["sim"]),
                ],
                statedServices: ["perizinan-usaha"]),
        ],
        [Dukcapil, Imigrasi, Bpkd, Polres],
        [
            new Service("e-ktp", "e-KTP", "Electronic identity card.", ["ktp", "kartu tanda penduduk"]),
            new Service("akta-kelahiran", "Akta kelahiran", "Birth certificate.", ["akte kelahiran"]),
            new Service("paspor", "Paspor", "Passport.", ["passport", "imigrasi"]),
            new Service("pajak-daerah", "Pajak dan retribusi daerah", "Regional taxes and levies.", ["pajak", "retribusi"]),
            new Service("sim", "SIM", "Driving licence.", ["surat izin mengemudi"]),
            new Service("simpanan", "Simpanan dan tabungan", "Savings accounts.", ["tabungan"]),
            new Service("perizinan-usaha", "Perizinan berusaha", "Business permits.", ["izin usaha", "NIB"]),
        ],
        [],
        [
            new Region("11", "Aceh", RegionLevel.Province),
            new Region("11.74", "Kota Langsa", RegionLevel.Regency),
            new Region("11.74.03", "Langsa Kota", RegionLevel.District),
            new Region("11.74.03.2004", "Jawa", RegionLevel.Village),
            new Region("19", "Kepulauan Bangka Belitung", RegionLevel.Province),
            new Region("19.71", "Kota Pangkal Pinang", RegionLevel.Regency),
            new Region("63", "Kalimantan Selatan", RegionLevel.Province),
            new Region("63.72", "Kota Banjarbaru", RegionLevel.Regency),
            new Region("33", "Jawa Tengah", RegionLevel.Province),
            new Region("33.75", "Kota Pekalongan", RegionLevel.Regency),
        ],
        new HolidayCalendar(new("tidak ada", "none"), []));

    public static Mpp Mpp(
        string id, string name, RegionCodes regionCodes, string? address, string? venue, IReadOnlyList<Counter> counters,
        IReadOnlyList<string>? statedServices = null) =>
        new(
            id, name, regionCodes, address, venue, null, null, [], [], counters,
            new StatedServices(statedServices ?? [], []), [], new HoursStatement(null, []), []);

    public static Counter Counter(string id, string agencyKind, string statedName, IReadOnlyList<string>? services = null) =>
        new(id, agencyKind, statedName, DateBasis.Stated, CounterStatus.Serving, services ?? [], []);

    /// <summary>A directory of one MPP whose only searchable text is its name.</summary>
    public static DirectoryData WithOneMppNamed(string name) =>
        new([Mpp("only", name, new RegionCodes("99", "99.99", null, null), null, null, [])], [], [], [], [], new HolidayCalendar(new("tidak ada", "none"), []));
}
