using System.Text.Json.Serialization;

namespace MppDirectory.Domain.Schedules;

/// <summary>
/// A schema.org <c>OpeningHoursSpecification</c>. Weekly hours carry day names
/// (<c>https://schema.org/Monday</c>); special hours carry dates in validFrom/validThrough instead.
/// </summary>
/// <param name="Opens">Local time <c>HH:mm</c>; a closed day is opens = closes = <c>00:00</c>.</param>
/// <param name="Closes">Local time <c>HH:mm</c>; earlier than opens when it runs past midnight, <c>23:59</c> for midnight.</param>
/// <param name="Name">The holiday or exception behind special hours.</param>
public sealed record OpeningHoursSpecification(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? DayOfWeek,
    string Opens,
    string Closes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValidFrom = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValidThrough = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "OpeningHoursSpecification";
}
