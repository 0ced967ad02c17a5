using FluentValidation;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Domain.Stewardship;

/// <summary>
/// The one rule on the free text stewards write (names, addresses, stated names, quotes, notes, qualifiers, a
/// date's words, a source's publisher, headline and summaries): it may not start with a character that makes a
/// spreadsheet run the cell as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return or line
/// feed), since the published CSV files are what admins open in a spreadsheet and import again. Every write uses
/// it (the API's writes and both importers, CSV and JSON); the dataset's CSV writer also marks any such text it
/// meets, old stored data included (Datasets/Formats/CsvTextCells).
/// No text field holds a phone number or a signed number: numbers are typed fields, which the rule does not
/// touch. A future phone field (+62...) should be a typed field with its own pattern, which the CSV writer marks.
/// </summary>
public static class FormulaText
{
    /// <summary>What a write answers, naming the field; in Indonesian and English, as every text the directory writes.</summary>
    public static LocalizedText Message { get; } = new(
        "tidak boleh diawali =, +, -, @, tab atau baris baru, karena spreadsheet akan menjalankannya sebagai rumus",
        "must not start with =, +, -, @, a tab or a line break, since a spreadsheet would run it as a formula");

    /// <summary>The message of a refused value: Indonesian, then English.</summary>
    public static string Refusal { get; } = $"{Message.Id} / {Message.En}";

    public static bool StartsLikeFormula(string? text) => text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>The rule as a validator's: null and empty text pass (other rules say whether they may be).</summary>
    public static IRuleBuilderOptions<T, string?> NotLikeAFormula<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => !StartsLikeFormula(text)).WithMessage(Refusal);
}
