namespace MppDirectory.Datasets.Tables;

/// <summary>A column's definition beside the function that reads its value from a record.</summary>
public sealed record Column<T>(TableField Field, Func<T, object?> Value);

/// <summary>Shorthands that keep each table's column list one line per column.</summary>
public static class Column
{
    public static Column<T> Text<T>(string name, string description, Func<T, string?> value, bool required = false) =>
        new(new TableField(name, FieldType.Text, description, required), value);

    public static Column<T> OneOf<T>(string name, string description, IReadOnlyList<string> values, Func<T, string?> value, bool required = true) =>
        new(new TableField(name, FieldType.Text, description, required, values), value);

    public static Column<T> WholeNumber<T>(string name, string description, Func<T, long?> value, bool required = false) =>
        new(new TableField(name, FieldType.WholeNumber, description, required), r => value(r));

    public static Column<T> Number<T>(string name, string description, Func<T, double?> value) =>
        new(new TableField(name, FieldType.Number, description), r => value(r));

    public static Column<T> Boolean<T>(string name, string description, Func<T, bool?> value, bool required = true) =>
        new(new TableField(name, FieldType.Boolean, description, required), r => value(r));

    public static Column<T> Date<T>(string name, string description, Func<T, DateOnly?> value, bool required = false) =>
        new(new TableField(name, FieldType.Date, description, required), r => value(r));

    /// <summary>An instant, written in UTC to the second (<c>2026-12-07T03:15:00Z</c>), as Table Schema's datetime reads it.</summary>
    public static Column<T> DateTime<T>(string name, string description, Func<T, DateTimeOffset?> value, bool required = false) =>
        new(new TableField(name, FieldType.DateTime, description, required), r => value(r));

    public static Column<T> Time<T>(string name, string description, Func<T, TimeOnly?> value, bool required = false) =>
        new(new TableField(name, FieldType.Time, description, required), r => value(r));
}
