using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Datasets.Tables;

/// <summary>The four columns a reported date takes: value, precision, basis and the source's words.</summary>
public static class ReportedDateColumns
{
    /// <param name="required">False for a date a row may lack: its four columns are then empty.</param>
    public static IEnumerable<Column<T>> For<T>(string prefix, string what, Func<T, ReportedDate?> date, bool required = true) =>
    [
        Column.Text<T>(prefix, $"{what}, as precise as the source: 2024-09-02, 2023-12 or 2021; empty when the source is too vague to place it.", r => date(r)?.Value),
        Column.OneOf<T>($"{prefix}_precision", $"How precise {prefix} is.", EnumNames.All<DatePrecision>(), r => date(r) is { } d ? EnumNames.Of(d.Precision) : null, required),
        Column.OneOf<T>($"{prefix}_basis", $"Whether the source states {prefix} or the directory inferred it from the text.", EnumNames.All<DateBasis>(), r => date(r) is { } d ? EnumNames.Of(d.Basis) : null, required),
        Column.Text<T>($"{prefix}_text", "The source's own words for the date.", r => date(r)?.Text, required),
    ];
}
