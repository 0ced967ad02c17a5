namespace MppDirectory.Datasets.Tables;

/// <summary>One column: its stable name, Table Schema type, meaning and constraints.</summary>
/// <param name="Values">The allowed values, for enumerations.</param>
/// <param name="Format">A Table Schema string format (uuid, email, uri), where the column has one.</param>
public sealed record TableField(
    string Name,
    FieldType Type,
    string Description,
    bool Required = false,
    IReadOnlyList<string>? Values = null,
    string? Format = null);
