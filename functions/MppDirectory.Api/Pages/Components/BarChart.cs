using MppDirectory.Api.Pages.Markup;

namespace MppDirectory.Api.Pages.Components;

/// <summary>
/// A horizontal bar chart drawn as SVG on the server: no script, no inline style (colours come from the
/// stylesheet's classes). The figures it shows are always in a table beside it, which is what a screen
/// reader reads; the SVG itself is one labelled image.
/// </summary>
public static class BarChart
{
    private const int LabelWidth = 300;
    private const int BarArea = 360;
    private const int RowHeight = 26;

    /// <param name="bars">Each bar's label and value, with an optional second value drawn beside it (reported against recorded).</param>
    public static Html Render(PageContext page, string id, string title, IReadOnlyList<(string Label, long Value, long? Second)> bars)
    {
        var max = Math.Max(1, bars.Select(b => Math.Max(b.Value, b.Second ?? 0)).DefaultIfEmpty(1).Max());
        var rowHeight = bars.Any(b => b.Second is not null) ? RowHeight + 10 : RowHeight;
        var height = Math.Max(1, bars.Count) * rowHeight + 8;
        var width = LabelWidth + BarArea + 70;
        var rows = bars.Select((bar, i) =>
        {
            var y = 4 + i * rowHeight;
            var first = Bar("chart-bar", y, bar.Value, max, bar.Second is null ? RowHeight - 8 : (rowHeight - 10) / 2, page);
            var second = bar.Second is { } other ? Bar("chart-bar-second", y + (rowHeight - 10) / 2 + 1, other, max, (rowHeight - 10) / 2, page) : Html.Empty;
            return Html.Of($"""<text class="chart-label" x="{LabelWidth - 8}" y="{y + 14}" text-anchor="end">{Shorten(bar.Label)}</text>{first}{second}""");
        });
        return Html.Of($"""
            <svg class="chart" role="img" aria-labelledby="{id}-title" viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" focusable="false">
            <title id="{id}-title">{title}</title>
            {rows}
            </svg>
            """);
    }

    private static Html Bar(string cssClass, int y, long value, long max, int height, PageContext page)
    {
        var length = (int)Math.Round(BarArea * (double)value / max);
        return Html.Of($"""<rect class="{cssClass}" x="{LabelWidth}" y="{y}" width="{Math.Max(length, value > 0 ? 2 : 0)}" height="{height}"></rect><text class="chart-value" x="{LabelWidth + length + 6}" y="{y + height - 2}">{page.Number(value)}</text>""");
    }

    private static string Shorten(string label) =>
        label.Length <= 42 ? label : label[..41].TrimEnd() + "…";
}
