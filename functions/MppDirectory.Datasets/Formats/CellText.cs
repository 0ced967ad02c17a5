using System.Globalization;

namespace MppDirectory.Datasets.Formats;

/// <summary>A cell value as text, the same on every machine: invariant culture, ISO 8601 dates and times.</summary>
public static class CellText
{
    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"No cell format for {value.GetType().Name}.", nameof(value)),
    };
}
