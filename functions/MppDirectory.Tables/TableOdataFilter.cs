using System.Globalization;

namespace MppDirectory.Tables;

/// <summary>Builds OData filter expressions with every interpolated value written as a typed, escaped literal.</summary>
public static class TableOdataFilter
{
    /// <summary>Formats <paramref name="filter"/>, turning each interpolated value into an OData literal.</summary>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(FormatLiteral).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary>A string literal: single quotes doubled, the whole wrapped in single quotes.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>The OData literal for one value.</summary>
    public static string FormatLiteral(object? value) => value switch
    {
        null => throw new ArgumentException("Null cannot be used as a filter value.", nameof(value)),
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        double number => DoubleLiteral(number),
        DateTimeOffset instant => $"datetime'{TableEdmValues.FormatDateTime(instant)}'",
        DateTime instant => $"datetime'{TableEdmValues.FormatDateTime(TableEdmValues.ToUtc(instant))}'",
        Guid id => $"guid'{id:D}'",
        byte[] bytes => $"X'{Convert.ToHexStringLower(bytes)}'",
        _ => throw new ArgumentException($"{value.GetType().Name} cannot be used as a filter value.", nameof(value)),
    };

    // "2" would be an Int32 literal, which the service never equates with a Double property.
    private static string DoubleLiteral(double value)
    {
        var text = TableEdmValues.FormatDouble(value);
        return double.IsFinite(value) && text.AsSpan().IndexOfAny(".E") < 0 ? text + ".0" : text;
    }
}
