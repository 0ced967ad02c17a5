using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Pages.Texts;

/// <summary>
/// Names of the directory's codes (statuses, kinds, categories) in both languages. Every value of each
/// enum has one (a test walks them all); an unknown note kind shows its code rather than nothing.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<MppStatus, LocalizedText> MppStatuses = new()
    {
        [MppStatus.Planned] = new("Direncanakan", "Planned"),
        [MppStatus.UnderConstruction] = new("Dalam pembangunan", "Under construction"),
        [MppStatus.SoftLaunched] = new("Soft launching (sudah melayani)", "Soft-launched (serving)"),
        [MppStatus.Launched] = new("Diresmikan", "Launched"),
    };

    private static readonly Dictionary<CounterStatus, LocalizedText> CounterStatuses = new()
    {
        [CounterStatus.Serving] = new("Melayani", "Serving"),
        [CounterStatus.JoiningLater] = new("Akan bergabung", "Joining later"),
        [CounterStatus.Possible] = new("Mungkin bergabung", "May join"),
        [CounterStatus.Ended] = new("Berhenti melayani", "No longer serving"),
    };

    private static readonly Dictionary<MilestoneKind, LocalizedText> MilestoneKinds = new()
    {
        [MilestoneKind.Construction] = new("Pembangunan", "Construction"),
        [MilestoneKind.OperatingSince] = new("Beroperasi", "Operating"),
        [MilestoneKind.SoftLaunch] = new("Soft launching", "Soft launch"),
        [MilestoneKind.GrandLaunch] = new("Peresmian", "Grand launch"),
    };

    private static readonly Dictionary<AgencyCategory, LocalizedText> AgencyCategories = new()
    {
        [AgencyCategory.LocalGovernment] = new("Perangkat daerah (OPD)", "Local government (OPD)"),
        [AgencyCategory.NationalRegionalOffice] = new("Instansi vertikal", "Regional office of a national body"),
        [AgencyCategory.StateEnterprise] = new("BUMN", "State enterprise (BUMN)"),
        [AgencyCategory.RegionalEnterprise] = new("BUMD", "Regional enterprise (BUMD)"),
        [AgencyCategory.Bank] = new("Bank", "Bank"),
        [AgencyCategory.PublicBody] = new("Badan hukum publik", "Public legal entity"),
    };

    private static readonly Dictionary<ObservationMetric, LocalizedText> Metrics = new()
    {
        [ObservationMetric.Counters] = new("Loket", "Counters"),
        [ObservationMetric.Agencies] = new("Instansi", "Agencies"),
        [ObservationMetric.ServiceTypes] = new("Jenis layanan", "Kinds of service"),
        [ObservationMetric.ServiceUnits] = new("Unit layanan", "Service units"),
        [ObservationMetric.DailyVisitors] = new("Pengunjung per hari", "Visitors per day"),
        [ObservationMetric.NationalRank] = new("Urutan nasional", "National rank"),
        [ObservationMetric.RegionalRank] = new("Urutan regional", "Regional rank"),
    };

    /// <summary>The kinds of data-quality note the seed and stewards use (DataNote.Kind).</summary>
    public static IReadOnlyDictionary<string, LocalizedText> NoteKinds { get; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["plan-changed"] = new("Rencana berubah", "Plan changed"),
        ["count-changed"] = new("Jumlah berubah", "Count changed"),
        ["count-mismatch"] = new("Jumlah tidak cocok", "Count mismatch"),
        ["inferred-agency"] = new("Instansi disimpulkan", "Agency inferred"),
        ["vague-date"] = new("Tanggal kurang jelas", "Vague date"),
        ["vague-statement"] = new("Pernyataan kurang jelas", "Vague statement"),
        ["spelling"] = new("Ejaan", "Spelling"),
        ["ambiguous-name"] = new("Nama bermakna ganda", "Ambiguous name"),
        ["incomplete-source"] = new("Sumber tidak lengkap", "Incomplete source"),
    };

    /// <summary>What a suggested correction may say is wrong (Domain.Stewardship.SuggestionFields), as the form offers it.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> SuggestionFields { get; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["name"] = new("Nama", "Name"),
        ["address"] = new("Alamat", "Address"),
        ["venue"] = new("Gedung", "Venue"),
        ["floors"] = new("Jumlah lantai", "Number of floors"),
        ["regency"] = new("Kabupaten atau kota", "Regency or city"),
        ["coordinates"] = new("Lokasi di peta", "Location on the map"),
        ["hours"] = new("Jam buka", "Opening hours"),
        ["counters"] = new("Loket dan instansi", "Counters and agencies"),
        ["counts"] = new("Jumlah yang dilaporkan", "Reported counts"),
        ["sources"] = new("Sumber", "Sources"),
        ["other"] = new("Lainnya", "Something else"),
    };

    public static IEnumerable<(Type Enum, IReadOnlyCollection<object> Labelled)> Catalogues =>
    [
        (typeof(MppStatus), MppStatuses.Keys.Cast<object>().ToList()),
        (typeof(CounterStatus), CounterStatuses.Keys.Cast<object>().ToList()),
        (typeof(MilestoneKind), MilestoneKinds.Keys.Cast<object>().ToList()),
        (typeof(AgencyCategory), AgencyCategories.Keys.Cast<object>().ToList()),
        (typeof(ObservationMetric), Metrics.Keys.Cast<object>().ToList()),
    ];

    public static IEnumerable<LocalizedText> All =>
        MppStatuses.Values.Concat(CounterStatuses.Values).Concat(MilestoneKinds.Values).Concat(AgencyCategories.Values)
            .Concat(Metrics.Values).Concat(NoteKinds.Values).Concat(SuggestionFields.Values);

    public static LocalizedText Of(MppStatus status) => MppStatuses[status];

    public static LocalizedText Of(CounterStatus status) => CounterStatuses[status];

    public static LocalizedText Of(MilestoneKind kind) => MilestoneKinds[kind];

    public static LocalizedText Of(AgencyCategory category) => AgencyCategories[category];

    public static LocalizedText Of(ObservationMetric metric) => Metrics[metric];

    public static LocalizedText NoteKind(string kind) => NoteKinds.TryGetValue(kind, out var label) ? label : new(kind, kind);
}
