using System.Text.RegularExpressions;
using MppDirectory.Domain.Records;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// Where a registered steward may change the directory: MPP ids (<c>kota-langsa</c>), province codes
/// (<c>11</c>), regency codes (<c>11.74</c>), or the whole country (<see cref="National"/>), which must be
/// said outright. An empty scope covers nothing: nothing is national by default.
/// </summary>
public sealed partial class StewardScope
{
    /// <summary>The one entry that covers every MPP.</summary>
    public const string National = "national";

    public const int MaxEntries = 50;

    private StewardScope(IReadOnlyList<string> entries) => Entries = entries;

    public IReadOnlyList<string> Entries { get; }

    public bool IsNational => Entries.Contains(National, StringComparer.Ordinal);

    /// <summary>A scope of entries already checked by <see cref="Problems"/>; duplicates dropped, order kept.</summary>
    public static StewardScope Of(IEnumerable<string> entries) => new([.. entries.Distinct(StringComparer.Ordinal)]);

    /// <summary>Whether the scope covers <paramref name="mpp"/> where it is stored or where a change would put it.</summary>
    public bool Covers(Mpp mpp) =>
        Entries.Any(e => e == National || e == mpp.Id || e == mpp.RegionCodes.Province || e == mpp.RegionCodes.Regency);

    /// <summary>What is wrong with each entry of a scope as a steward registry takes it; empty when it is fine.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<string>? entries, Func<string, bool> isKnownRegion)
    {
        if (entries is null || entries.Count == 0)
        {
            return [$"names at least one MPP id, province or regency code, or '{National}'"];
        }

        if (entries.Count > MaxEntries)
        {
            return [$"names at most {MaxEntries} entries"];
        }

        var problems = new List<string>();
        foreach (var entry in entries)
        {
            if (entry == National)
            {
                continue;
            }

            if (RegionCode().IsMatch(entry ?? ""))
            {
                if (!isKnownRegion(entry!))
                {
                    problems.Add($"'{entry}' is not a known province or regency code");
                }
            }
            else if (entry is null || entry.Length > MppDraft.MaxIdLength || !MppDraft.Slug().IsMatch(entry))
            {
                problems.Add($"'{entry}' is neither an MPP id, a province or regency code, nor '{National}'");
            }
        }

        if (entries.Contains(National) && entries.Count > 1)
        {
            problems.Add($"'{National}' covers everything and stands alone");
        }

        return problems;
    }

    public override string ToString() => string.Join(", ", Entries);

    // A province (two digits) or a regency (two digits, a dot, two digits), as Kemendagri numbers them.
    [GeneratedRegex(@"^\d{2}(\.\d{2})?$")]
    private static partial Regex RegionCode();
}
