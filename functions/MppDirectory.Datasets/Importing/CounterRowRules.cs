using MppDirectory.Domain;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Importing;

/// <summary>
/// The rules an imported counter meets, whether a CSV row or a JSON record states it: the rules of a counter's
/// PUT (a slug id, a known agency kind, a bounded name, the API's words for basis and status) and of its
/// DELETE (an end date exactly when the status is ended, by the rules of any reported date), and citations
/// for a real import. Faults name the field in the API's words (agencyKind, ended.value).
/// </summary>
internal sealed class CounterRowRules(DirectoryData data, IReadOnlyList<CitationInput> citations, bool requireCitations)
{
    private readonly Dictionary<string, AgencyKind> agencyKinds = data.AgencyKinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
    private readonly CitationInputValidator citationRules = new(data.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal));

    /// <summary>The edit the values make, or null when a rule is broken (each reported through <paramref name="fault"/>).</summary>
    public CounterEdit? Edit(
        int row, Mpp mpp, string slug, string agencyKind, string statedName, string basis, string status, ReportedDate? ended, Action<string, string> fault)
    {
        var faults = 0;
        void Fault(string field, string message)
        {
            faults++;
            fault(field, message);
        }

        if (slug.Length > MppDraft.MaxIdLength || !MppDraft.Slug().IsMatch(slug))
        {
            Fault("id", "must be lowercase words and digits joined by hyphens, such as e-ktp");
        }

        if (!agencyKinds.ContainsKey(agencyKind))
        {
            Fault("agencyKind", $"No agency kind has the id '{agencyKind}' (see /api/v1/agencies).");
        }

        if (statedName.Length is 0 or > 200)
        {
            Fault("statedName", "is required, at most 200 characters.");
        }
        else if (FormulaText.StartsLikeFormula(statedName))
        {
            Fault("statedName", FormulaText.Refusal);
        }

        if (mpp.Counters.FirstOrDefault(c => c.Id == slug) is { Status: CounterStatus.Ended } gone && (status != EnumNames.Of(CounterStatus.Ended) || ended != gone.Ended))
        {
            Fault("status", $"The counter ended ({gone.Ended?.Text}) and stays ended with its date: its record is history.");
        }

        var agencyBasis = WordOf<DateBasis>(basis, "agencyBasis", Fault);
        var counterStatus = WordOf<CounterStatus>(status, "status", Fault);
        if (counterStatus == CounterStatus.Ended && ended is null)
        {
            Fault("ended", "is required when the status is ended: when the counter stopped serving.");
        }
        else if (counterStatus is { } open && open != CounterStatus.Ended && ended is not null)
        {
            Fault("ended", "stays empty unless the status is ended.");
        }
        else if (ended is not null)
        {
            foreach (var failure in new ReportedDateValidator().Validate(ended).Errors)
            {
                Fault("ended." + failure.PropertyName, failure.ErrorMessage);
            }
        }

        if (requireCitations)
        {
            foreach (var failure in citations.SelectMany(c => citationRules.Validate(c).Errors))
            {
                Fault("citations", failure.ErrorMessage);
            }

            if (citations.Count == 0)
            {
                Fault("citations", "A real import cites a registered source (source and quote).");
            }
        }

        if (faults > 0)
        {
            return null;
        }

        var edit = new CounterEdit(row, mpp.Id, slug, agencyKind, statedName, agencyBasis!.Value, counterStatus!.Value, ended, mpp.Counters.All(c => c.Id != slug), citations, []);
        edit.ApplyTo(mpp, new Dictionary<string, Region>(), out var fields);
        return edit with { Fields = fields };
    }

    public static T? WordOf<T>(string word, string field, Action<string, string> fault)
        where T : struct, Enum
    {
        if (EnumNames.All<T>().Contains(word))
        {
            return EnumNames.Parse<T>(word);
        }

        fault(field, $"must be one of {string.Join(", ", EnumNames.All<T>())}.");
        return null;
    }
}
