using MppDirectory.Domain;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Datasets.Importing;

/// <summary>
/// The one entry of every import, for the API and the CLI alike: the file's bytes, strictly UTF-8, planned as
/// JSON in the API's shapes when they are JSON, else as the published file its header names (<c>mpps.csv</c>
/// or <c>counters.csv</c>).
/// </summary>
public static class DatasetImport
{
    public const string Files = $"{MppsCsvImport.File}, {CountersCsvImport.File} or JSON";

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ImportPlan Plan(byte[] file, DirectoryData data, IReadOnlyList<CitationInput> citations, bool requireCitations)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(file);
        }
        catch (System.Text.DecoderFallbackException)
        {
            // Decoding anyway would turn the bad bytes into U+FFFD and import them as text.
            return ImportPlan.Failed(Files, 0, new ImportProblem(1, null, "The file is not UTF-8; save a CSV as CSV UTF-8, and JSON as UTF-8."));
        }

        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return WithinOneTransaction(
            start.StartsWith('{') || start.StartsWith('[') ? JsonImport.Plan(start, data, citations, requireCitations)
            : start.StartsWith("counter_id", StringComparison.Ordinal) ? CountersCsvImport.Plan(text, data, citations, requireCitations)
            : MppsCsvImport.Plan(text, data, citations, requireCitations));
    }

    /// <summary>The plan, with a problem for each MPP that gets more counter rows than one transaction holds.</summary>
    private static ImportPlan WithinOneTransaction(ImportPlan plan)
    {
        var problems = plan.Edits.Where(e => e.CounterId is not null)
            .GroupBy(e => e.MppId, StringComparer.Ordinal)
            .Where(g => g.Count() > ImportPlan.MaxCounterRowsPerMpp)
            .Select(g => new ImportProblem(g.ElementAt(ImportPlan.MaxCounterRowsPerMpp).Row, null,
                $"'{g.Key}' gets {g.Count()} counter rows; at most {ImportPlan.MaxCounterRowsPerMpp} commit together in one transaction. Import the rest in a second file."))
            .ToList();
        return problems.Count == 0 ? plan : plan with { Problems = [.. plan.Problems, .. problems] };
    }
}
