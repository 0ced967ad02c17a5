namespace MppDirectory.Datasets.Tables;

/// <summary>
/// One flat table of the dataset. Rows hold one value per field, in field order: string, long,
/// double, bool, DateOnly, TimeOnly, DateTimeOffset (an instant) or null. Rows are sorted by the primary key.
/// </summary>
public sealed record DataTable(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<TableField> Fields,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<TableForeignKey> ForeignKeys,
    IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == field)
            {
                return i;
            }
        }

        throw new ArgumentException($"Table {Name} has no field {field}.", nameof(field));
    }
}
