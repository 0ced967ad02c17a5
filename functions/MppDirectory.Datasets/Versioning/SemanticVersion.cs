using System.Globalization;
using System.Text.RegularExpressions;

namespace MppDirectory.Datasets.Versioning;

/// <summary>A dataset version: MAJOR.MINOR.PATCH (SemVer 2.0, without pre-release or build parts).</summary>
public sealed partial record SemanticVersion(int Major, int Minor, int Patch) : IComparable<SemanticVersion>
{
    public static SemanticVersion Initial { get; } = new(1, 0, 0);

    public static bool TryParse(string? text, out SemanticVersion version)
    {
        version = Initial;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }

        version = new(Number(match.Groups[1]), Number(match.Groups[2]), Number(match.Groups[3]));
        return true;
    }

    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a MAJOR.MINOR.PATCH version.");

    public SemanticVersion Next(VersionBump bump) => bump switch
    {
        VersionBump.Major => new(Major + 1, 0, 0),
        VersionBump.Minor => new(Major, Minor + 1, 0),
        VersionBump.Patch => new(Major, Minor, Patch + 1),
        _ => Initial,
    };

    public int CompareTo(SemanticVersion? other) =>
        other is null ? 1 : (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    // No leading zeros (SemVer 2.0 §2); small enough numbers to parse.
    [GeneratedRegex(@"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
