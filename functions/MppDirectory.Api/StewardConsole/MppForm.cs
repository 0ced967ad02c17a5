using System.Globalization;
using System.Text.Json.Nodes;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Pages.Texts;
using MppDirectory.Domain.Localization;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.StewardConsole;

/// <summary>
/// The edit form of an MPP's own fields as posted: what the steward wants, what each field said when they opened the
/// form (so only the fields they changed are sent, and a re-apply after a conflict changes only those), the citation,
/// and the revision they edited (the write's If-Match).
/// </summary>
public sealed record MppForm(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Opened, string Source, string Quote, string Revision)
{
    /// <summary>The resident's suggestion this edit answers, if any: the change record links it and it becomes accepted.</summary>
    public string Suggestion { get; init; } = "";

    /// <summary>The fields, by the names of the API's merge patch (regency is its code).</summary>
    public static readonly string[] Fields = ["name", "address", "venue", "floors", "regency"];

    public const string OpenedPrefix = "opened-";

    public static LocalizedText Label(string field) => field switch
    {
        "name" => ConsoleTexts.Name,
        "address" => ConsoleTexts.Address,
        "venue" => ConsoleTexts.Venue,
        "floors" => ConsoleTexts.Floors,
        "regency" => ConsoleTexts.Regency,
        "source" => ConsoleTexts.Source,
        _ => ConsoleTexts.Quote,
    };

    /// <summary>The form as it opens on <paramref name="mpp"/>: every field as stored.</summary>
    public static MppForm Of(Mpp mpp)
    {
        var values = ValuesOf(mpp);
        return new MppForm(values, values, "", "", MppRevision.Of(mpp));
    }

    public static IReadOnlyDictionary<string, string> ValuesOf(Mpp mpp) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = mpp.Name,
        ["address"] = mpp.Address ?? "",
        ["venue"] = mpp.Venue ?? "",
        ["floors"] = mpp.Floors?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["regency"] = mpp.RegionCodes.Regency ?? "",
    };

    public static MppForm Read(IFormCollection form) => new(
        Fields.ToDictionary(f => f, f => Clean(form[f]), StringComparer.Ordinal),
        Fields.ToDictionary(f => f, f => Clean(form[OpenedPrefix + f]), StringComparer.Ordinal),
        Clean(form["source"]),
        Clean(form["quote"]),
        Clean(form["revision"]))
    {
        Suggestion = Clean(form["suggestion"]),
    };

    /// <summary>The fields the steward changed from what they opened.</summary>
    public IEnumerable<string> Changed => Fields.Where(f => Values[f] != Opened[f]);

    /// <summary>The merge patch of the changed fields with the citation, or what is wrong with the form itself.</summary>
    public (JsonObject? Patch, Dictionary<string, LocalizedText> Errors) ToPatch()
    {
        var errors = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var patch = new JsonObject();
        foreach (var field in Changed)
        {
            var value = Values[field];
            switch (field)
            {
                case "floors" when value.Length == 0:
                    patch[field] = null;
                    break;
                case "floors" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var floors):
                    patch[field] = floors;
                    break;
                case "floors":
                    errors[field] = ConsoleTexts.FloorsNotNumber;
                    break;
                case "regency":
                    patch[field] = new JsonObject { ["code"] = value };
                    break;
                case "address" or "venue" when value.Length == 0:
                    patch[field] = null; // no source states it (any more)
                    break;
                default:
                    patch[field] = value;
                    break;
            }
        }

        if (Source.Length == 0)
        {
            errors["source"] = ConsoleTexts.SourceRequired;
        }

        if (Quote.Length == 0)
        {
            errors["quote"] = ConsoleTexts.QuoteRequired;
        }

        patch["citations"] = new JsonArray(new JsonObject { ["source"] = Source, ["quote"] = Quote });
        if (Suggestion.Length > 0)
        {
            patch["suggestion"] = Suggestion;
        }

        return errors.Count == 0 ? (patch, errors) : (null, errors);
    }

    // Line ends as browsers send them (CRLF) become LF, as the API stores text; outer spaces go.
    private static string Clean(Microsoft.Extensions.Primitives.StringValues value) => value.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}

/// <summary>A write's problem as the console shows it: each form field at fault with a sentence in the page's language.</summary>
public static class ConsoleErrors
{
    public static Dictionary<string, LocalizedText> Of(Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult problem)
    {
        var errors = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (problem.ProblemDetails is HttpValidationProblemDetails validation && validation.Errors.Count > 0)
        {
            foreach (var (key, messages) in validation.Errors)
            {
                var field = FieldOf(key);
                var explanation = string.Join(" ", messages);
                if (field.Length == 0)
                {
                    errors[field] = new LocalizedText(string.Format(CultureInfo.InvariantCulture, ConsoleTexts.InEnglish.Id, $"{key}: {explanation}"), $"{key}: {explanation}");
                    continue;
                }

                var label = MppForm.Label(field);
                errors[field] = new LocalizedText(
                    string.Format(CultureInfo.InvariantCulture, ConsoleTexts.FieldInvalid.Id, label.Id) + " " + string.Format(CultureInfo.InvariantCulture, ConsoleTexts.InEnglish.Id, explanation),
                    string.Format(CultureInfo.InvariantCulture, ConsoleTexts.FieldInvalid.En, label.En) + " " + explanation);
            }
        }
        else
        {
            // Not about a field (out of scope, not registered, a storage failure): the problem's own words, at the top.
            var detail = problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "";
            errors[""] = new LocalizedText(string.Format(CultureInfo.InvariantCulture, ConsoleTexts.InEnglish.Id, detail), detail);
        }

        return errors;
    }

    /// <summary>The form field a problem's JSON path names: citations[0].quote is the quote, regency.code the regency.</summary>
    public static string FieldOf(string path) =>
        path.EndsWith(".quote", StringComparison.Ordinal) ? "quote"
        : path.StartsWith("citations", StringComparison.Ordinal) ? "source"
        : path.Split('.', '[')[0] is var field && MppForm.Fields.Contains(field) ? field
        : "";
}
