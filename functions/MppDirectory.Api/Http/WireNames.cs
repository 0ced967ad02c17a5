using System.Text.Json;

namespace MppDirectory.Api.Http;

/// <summary>How enum values are spelled on the wire (kebab-case, as <see cref="MppDirectory.Domain.DirectoryJson"/> writes them).</summary>
public static class WireNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string wireName)
        where T : struct, Enum =>
        Enum.GetValues<T>().Single(v => Of(v) == wireName);
}
