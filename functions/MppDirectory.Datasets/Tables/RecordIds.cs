using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Tables;

/// <summary>
/// Stable ids for records that have none of their own in the directory, built from what they say
/// (not from their position), so that adding a milestone does not renumber the others.
/// </summary>
public static class RecordIds
{
    public static string Counter(Mpp mpp, Counter counter) => $"{mpp.Id}/{counter.Id}";

    public static string Note(Mpp mpp, DataNote note) => $"{mpp.Id}/{note.Id}";

    public static string MppSchedule(Mpp mpp) => mpp.Id;

    public static string CounterSchedule(Mpp mpp, Counter counter) => Counter(mpp, counter);

    /// <summary><c>kota-pekalongan/soft-launch-2023-12-planned</c>; a repeat gets <c>-2</c>, <c>-3</c>.</summary>
    public static IReadOnlyList<string> Milestones(Mpp mpp) =>
        Unique(mpp.Milestones.Select(m =>
            $"{mpp.Id}/{EnumNames.Of(m.Kind)}-{m.Date.Value ?? "undated"}{(m.Planned ? "-planned" : "")}"));

    /// <summary><c>kota-pekalongan/counters-2024-09-20-reported</c>; a repeat gets <c>-2</c>, <c>-3</c>.</summary>
    public static IReadOnlyList<string> Observations(Mpp mpp) =>
        Unique(mpp.Observations.Select(o =>
            $"{mpp.Id}/{EnumNames.Of(o.Metric)}-{o.ObservedOn.Value ?? "undated"}-{Slug(o.Qualifier)}"));

    private static string Slug(string text) =>
        string.Concat(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');

    private static List<string> Unique(IEnumerable<string> ids)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. ids.Select(id =>
        {
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            return count == 1 ? id : $"{id}-{count}";
        })];
    }
}
