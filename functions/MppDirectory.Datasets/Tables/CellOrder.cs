namespace MppDirectory.Datasets.Tables;

/// <summary>A culture-free order of cell values: text by ordinal, numbers and dates by value, nulls first.</summary>
public static class CellOrder
{
    public static int Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (IComparable x, _) when a.GetType() == b.GetType() => x.CompareTo(b),
        _ => throw new ArgumentException($"Cannot order {a.GetType().Name} against {b.GetType().Name}."),
    };
}
