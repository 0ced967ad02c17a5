namespace MppDirectory.Datasets.Formats;

public enum CsvVariant
{
    /// <summary>RFC 4180, UTF-8 without BOM, CRLF, values exactly as in the data.</summary>
    Canonical,

    /// <summary>As canonical, plus a UTF-8 BOM (so spreadsheets detect the encoding) and <see cref="SpreadsheetCells"/>.</summary>
    SpreadsheetSafe,
}
