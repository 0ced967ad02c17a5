using System.Reflection;
using System.Text.Json;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Api.Tests.Http;
using MppDirectory.Domain.Localization;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Pages;

/// <summary>Indonesian first, English too: a text missing in either language fails here, not on a page.</summary>
public sealed class PageTextsTests
{
    public static TheoryData<string> PageTextNames() =>
        [.. typeof(PageTexts).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name), .. typeof(ConsoleTexts).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => "ConsoleTexts." + p.Name)];

    [Theory]
    [MemberData(nameof(PageTextNames))]
    public void EveryPageTextExistsInBothLanguages(string name)
    {
        var text = (LocalizedText)(name.StartsWith("ConsoleTexts.", StringComparison.Ordinal) ? typeof(ConsoleTexts).GetProperty(name["ConsoleTexts.".Length..]) : typeof(PageTexts).GetProperty(name))!.GetValue(null)!;

        Assert.False(string.IsNullOrWhiteSpace(text.Id), $"{name} has no Indonesian");
        Assert.False(string.IsNullOrWhiteSpace(text.En), $"{name} has no English");
        // A template must take the same values in both languages.
        Assert.Equal(Placeholders(text.Id), Placeholders(text.En));
    }

    [Fact]
    public void EveryCodeTheDirectoryUsesHasALabelInBothLanguages()
    {
        foreach (var (type, labelled) in Labels.Catalogues)
        {
            Assert.Equal(Enum.GetValues(type).Cast<object>().Order(), labelled.Order());
        }

        Assert.All(Labels.All, label =>
        {
            Assert.False(string.IsNullOrWhiteSpace(label.Id));
            Assert.False(string.IsNullOrWhiteSpace(label.En));
        });
    }

    [Fact]
    public void EveryNoteKindInTheSeedHasALabel()
    {
        var kinds = Directory.GetFiles(RepositoryPaths.Combine("data", "seed", "mpps"), "*.json")
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("notes").EnumerateArray())
            .Select(note => note.GetProperty("kind").GetString()!)
            .Distinct();

        Assert.All(kinds, kind => Assert.True(Labels.NoteKinds.ContainsKey(kind), $"note kind {kind} has no label"));
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
