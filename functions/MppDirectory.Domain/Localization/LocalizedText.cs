namespace MppDirectory.Domain.Localization;

/// <summary>
/// A text the directory writes itself (not a quote from a source), in Indonesian and in English.
/// Stored and published with both; a reader gets the one it asked for.
/// </summary>
/// <param name="Id">Bahasa Indonesia.</param>
/// <param name="En">English.</param>
public sealed record LocalizedText(string Id, string En)
{
    public string In(Language language) => language == Language.English ? En : Id;
}
