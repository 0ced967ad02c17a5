namespace MppDirectory.Domain.Regions;

/// <summary>
/// The zone of a province by Keppres 41/1987: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). West and
/// Central Kalimantan keep WIB under the IANA name Asia/Pontianak.
/// </summary>
public sealed record IndonesianTimeZone(string Abbreviation, string IanaId, int UtcOffsetHours)
{
    public static readonly IndonesianTimeZone Wib = new("WIB", "Asia/Jakarta", 7);
    public static readonly IndonesianTimeZone WibKalimantan = new("WIB", "Asia/Pontianak", 7);
    public static readonly IndonesianTimeZone Wita = new("WITA", "Asia/Makassar", 8);
    public static readonly IndonesianTimeZone Wit = new("WIT", "Asia/Jayapura", 9);

    /// <summary>The zone of a province code (<c>33</c>) or of any region code below it (<c>33.75.01</c>).</summary>
    public static IndonesianTimeZone OfRegion(string regionCode)
    {
        var province = int.Parse(regionCode.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        return province switch
        {
            61 or 62 => WibKalimantan,
            >= 11 and <= 36 => Wib,
            >= 51 and <= 53 or >= 63 and <= 76 => Wita,
            >= 81 and <= 97 => Wit,
            _ => throw new ArgumentOutOfRangeException(nameof(regionCode), regionCode, "not an Indonesian province code"),
        };
    }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(IanaId);
}
