namespace MppDirectory.Tables;

/// <summary>Relative, percent-encoded resource paths of the Table REST API.</summary>
internal static class TableResourcePaths
{
    public const string Tables = "Tables";
    public const string Batch = "$batch";

    public static string Table(string tableName) => $"Tables({KeyLiteral(tableName)})";

    public static string Entity(string tableName, string partitionKey, string rowKey) =>
        $"{Uri.EscapeDataString(tableName)}(PartitionKey={KeyLiteral(partitionKey)},RowKey={KeyLiteral(rowKey)})";

    // Keys may hold any character but '/', '\', '#', '?' and controls; quotes are doubled
    // (OData) and then everything is percent-encoded so spaces, '%' and unicode survive the URL.
    private static string KeyLiteral(string value) =>
        "'" + Uri.EscapeDataString(value.Replace("'", "''", StringComparison.Ordinal)) + "'";
}
