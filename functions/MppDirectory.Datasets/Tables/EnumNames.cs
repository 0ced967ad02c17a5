using System.Text.Json;

namespace MppDirectory.Datasets.Tables;

/// <summary>Enum values as the API and the dataset spell them: kebab-case words (<c>soft-launch</c>).</summary>
public static class EnumNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Of)];
}
