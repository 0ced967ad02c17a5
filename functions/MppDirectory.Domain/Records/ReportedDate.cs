using System.Text.Json.Serialization;
namespace MppDirectory.Domain.Records;

/// <summary>
/// A date as a source gives it: <c>2024-09-02</c>, <c>2023-12</c>, <c>2021</c>, or no value when the
/// source is too vague to place it (the text is always kept).
/// </summary>
public sealed record ReportedDate(string? Value, DatePrecision Precision, DateBasis Basis, string Text);

[JsonConverter(typeof(KebabCaseEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    Unknown,
    Year,
    Month,
    Day,
}

/// <summary>Whether a source states the date or the directory inferred it from the text.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DateBasis>))]
public enum DateBasis
{
    Stated,
    Inferred,
}
