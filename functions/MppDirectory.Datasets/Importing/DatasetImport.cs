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
            return ImportPlan.Failed(Files, 0, new ImportProblem(1, null, $"The file is not UTF-8; save {Files} as CSV UTF-8."));
        }

        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith('{') || start.StartsWith('[') ? JsonImport.Plan(start, data, citations, requireCitations)
            : start.StartsWith("counter_id", StringComparison.Ordinal) ? CountersCsvImport.Plan(text, data, citations, requireCitations)
            : MppsCsvImport.Plan(text, data, citations, requireCitations);
    }
}
