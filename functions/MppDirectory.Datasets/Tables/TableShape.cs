namespace MppDirectory.Datasets.Tables;

/// <summary>Turns records into a <see cref="DataTable"/> through a column list, sorting rows by the primary key.</summary>
public sealed record TableShape<T>(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<Column<T>> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<TableForeignKey> ForeignKeys)
{
    public DataTable Build(IEnumerable<T> records)
    {
        var fields = Columns.Select(c => c.Field).ToList();
        var keyIndexes = PrimaryKey.Select(k => fields.FindIndex(f => f.Name == k)).ToArray();
        var rows = records
            .Select(r => (IReadOnlyList<object?>)[.. Columns.Select(c => c.Value(r))])
            .Order(Comparer<IReadOnlyList<object?>>.Create((a, b) => CompareKeys(a, b, keyIndexes)))
            .ToList();
        return new DataTable(Name, Title, Description, fields, PrimaryKey, ForeignKeys, rows);
    }

    private static int CompareKeys(IReadOnlyList<object?> a, IReadOnlyList<object?> b, int[] keyIndexes)
    {
        foreach (var index in keyIndexes)
        {
            var order = CellOrder.Compare(a[index], b[index]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
