using System.Text.Json.Serialization;
namespace MppDirectory.Domain.Localization;

/// <summary>The languages the directory writes its own texts in; Indonesian first.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Language>))]
public enum Language
{
    Indonesian,
    English,
}

public static class Languages
{
    public const string IndonesianCode = "id";
    public const string EnglishCode = "en";

    /// <summary>The codes a client may ask for (<c>lang</c>), the default first.</summary>
    public static IReadOnlyList<string> Codes { get; } = [IndonesianCode, EnglishCode];

    /// <summary>The BCP 47 code (<c>id</c>, <c>en</c>).</summary>
    public static string Code(this Language language) => language == Language.English ? EnglishCode : IndonesianCode;

    public static Language? FromCode(string? code) => code switch
    {
        IndonesianCode => Language.Indonesian,
        EnglishCode => Language.English,
        _ => null,
    };
}
