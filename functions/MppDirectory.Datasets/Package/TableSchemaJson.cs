using System.Text.Json.Nodes;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Package;

/// <summary>A table's Table Schema (Frictionless v2): fields with types and constraints, keys, missing values.</summary>
public static class TableSchemaJson
{
    public const string Profile = "https://datapackage.org/profiles/2.0/tableschema.json";

    public static JsonObject Of(DataTable table)
    {
        var schema = new JsonObject
        {
            ["$schema"] = Profile,
            ["fields"] = DescriptorJson.Array(table.Fields.Select(Field)),
            ["missingValues"] = DescriptorJson.Strings([""]),
            ["primaryKey"] = DescriptorJson.Strings(table.PrimaryKey),
        };
        if (table.ForeignKeys.Count > 0)
        {
            schema["foreignKeys"] = DescriptorJson.Array(table.ForeignKeys.Select(fk => ForeignKey(table, fk)));
        }

        return schema;
    }

    public static string TypeName(FieldType type) => type switch
    {
        FieldType.Text => "string",
        FieldType.WholeNumber => "integer",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        FieldType.Time => "time",
        FieldType.DateTime => "datetime",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static JsonObject Field(TableField field)
    {
        var node = new JsonObject
        {
            ["name"] = field.Name,
            ["type"] = TypeName(field.Type),
        };
        if (field.Description.Length > 0)
        {
            node["description"] = field.Description;
        }

        if (field.Format is { } format)
        {
            node["format"] = format;
        }

        var constraints = new JsonObject();
        if (field.Required)
        {
            constraints["required"] = true;
        }

        if (field.Values is { } values)
        {
            constraints["enum"] = DescriptorJson.Strings(values);
        }

        if (constraints.Count > 0)
        {
            node["constraints"] = constraints;
        }

        return node;
    }

    /// <summary>v2 omits <c>resource</c> for a key into the same table.</summary>
    private static JsonObject ForeignKey(DataTable table, TableForeignKey key)
    {
        var reference = new JsonObject();
        if (key.Table != table.Name)
        {
            reference["resource"] = key.Table;
        }

        reference["fields"] = DescriptorJson.Strings(key.ReferencedFields);
        return new JsonObject { ["fields"] = DescriptorJson.Strings(key.Fields), ["reference"] = reference };
    }
}
