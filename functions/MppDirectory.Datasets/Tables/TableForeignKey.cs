namespace MppDirectory.Datasets.Tables;

/// <summary>Columns of one table that name a row of another (or the same) table.</summary>
public sealed record TableForeignKey(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> ReferencedFields)
{
    public TableForeignKey(string field, string table, string referencedField)
        : this([field], table, [referencedField])
    {
    }
}
