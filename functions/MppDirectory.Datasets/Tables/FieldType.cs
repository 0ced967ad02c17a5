namespace MppDirectory.Datasets.Tables;

/// <summary>The Table Schema types the directory's columns use.</summary>
public enum FieldType
{
    Text,
    WholeNumber,
    Number,
    Boolean,
    Date,
    Time,
    DateTime,
}
