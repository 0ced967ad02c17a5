using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Hsds;

/// <summary>
/// One HSDS 3.0 table: its resource name, file, and every field of the HSDS tabular package in
/// HSDS's order (so the CSV has HSDS's exact columns), with rows as field-name maps.
/// </summary>
public sealed record HsdsResource(string Name, string Path, IReadOnlyList<TableField> Fields, IReadOnlyList<TableForeignKey> ForeignKeys)
{
    public DataTable ToTable(IEnumerable<IReadOnlyDictionary<string, object?>> rows) => new(
        Name,
        Name,
        "",
        Fields,
        ["id"],
        ForeignKeys,
        [.. rows
            .Select(r => (IReadOnlyList<object?>)[.. Fields.Select(f => r.GetValueOrDefault(f.Name))])
            .OrderBy(r => (string)r[0]!, StringComparer.Ordinal)]);
}
