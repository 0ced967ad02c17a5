using System.Text.Json.Serialization;
using MppDirectory.Domain;
namespace MppDirectory.Datasets.Versioning;

/// <summary>How a new version differs from the previous one.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<VersionBump>))]
public enum VersionBump
{
    /// <summary>The first version: 1.0.0.</summary>
    Initial,

    /// <summary>A table or column removed or renamed, a column's type or position changed, a primary key changed.</summary>
    Major,

    /// <summary>New tables or columns, or new rows (new primary keys).</summary>
    Minor,

    /// <summary>Corrections: rows changed or removed, or data that no table shows.</summary>
    Patch,
}
