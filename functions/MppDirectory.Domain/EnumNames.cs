using System.Text.Json;

namespace MppDirectory.Domain;

/// <summary>
/// The one spelling of enum values everywhere the directory writes them (JSON answers, query values,
/// dataset columns, the OpenAPI document): kebab-case words, <c>soft-launched</c>.
/// </summary>
public static class EnumNames
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.KebabCaseLower;

    public static string Of<T>(T value)
        where T : struct, Enum => Policy.ConvertName(value.ToString());

    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Of)];

    public static IReadOnlyList<string> All(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(Policy.ConvertName)];

    /// <summary>The value with this spelling; throws when there is none (validate first).</summary>
    public static T Parse<T>(string name)
        where T : struct, Enum => Enum.GetValues<T>().Single(v => Of(v) == name);
}
