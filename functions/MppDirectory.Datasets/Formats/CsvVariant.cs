namespace MppDirectory.Datasets.Formats;

public enum CsvVariant
{
    /// <summary>RFC 4180, UTF-8 without BOM, CRLF, values as in the data; a text value that starts like a formula or with an apostrophe gets an apostrophe in front (<see cref="CsvTextCells"/>).</summary>
    Canonical,

    /// <summary>As canonical, plus a UTF-8 BOM (so spreadsheets detect the encoding) and <see cref="SpreadsheetCells"/>.</summary>
    SpreadsheetSafe,
}
