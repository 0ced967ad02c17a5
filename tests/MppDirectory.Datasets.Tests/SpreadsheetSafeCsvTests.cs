using System.Text;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Tests;

public sealed class SpreadsheetSafeCsvTests
{
    private static readonly DataTable Risky = new(
        "risky", "risky", "",
        [new TableField("text", FieldType.Text, ""), new TableField("count", FieldType.WholeNumber, "")],
        ["text"], [],
        [["=SUM(A1)", 1L], ["+6281234567890", 2L], ["-5", -5L], ["@x", 3L], ["007", 4L], ["33.75", 5L], ["2023-12", 6L], ["Kota Pekalongan", 7L]]);

    [Fact]
    public void SpreadsheetVariantNeutralisesFormulaLikeCellsWhileCanonicalKeepsThem()
    {
        var canonical = Rfc4180Parser.Parse(Encoding.UTF8.GetString(CsvTableWriter.Write(Risky)));
        var safeBytes = CsvTableWriter.Write(Risky, CsvVariant.SpreadsheetSafe);
        var safe = Rfc4180Parser.Parse(Encoding.UTF8.GetString(safeBytes.AsSpan(Encoding.UTF8.Preamble.Length)));

        Assert.Equal(["=SUM(A1)", "+6281234567890", "-5", "@x", "007", "33.75", "2023-12", "Kota Pekalongan"], canonical.Skip(1).Select(r => r[0]));
        Assert.Equal(["'=SUM(A1)", "'+6281234567890", "'-5", "'@x", "'007", "'33.75", "'2023-12", "Kota Pekalongan"], safe.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void NumbersInNumericColumnsStayNumbers()
    {
        var safe = Rfc4180Parser.Parse(Encoding.UTF8.GetString(CsvTableWriter.Write(Risky, CsvVariant.SpreadsheetSafe).AsSpan(3)));

        Assert.Equal(["1", "2", "-5", "3", "4", "5", "6", "7"], safe.Skip(1).Select(r => r[1]));
    }

    [Fact]
    public void SpreadsheetVariantStartsWithBomAndKeepsRegionCodesAsText()
    {
        var bytes = TestData.SeedVersion.File("regions.spreadsheet.csv").Bytes;
        var rows = Rfc4180Parser.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));

        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Contains(rows, r => r[0] == "'33.75" && r[3] == "'33");
        Assert.DoesNotContain(rows.Skip(1), r => r[0].Length > 0 && char.IsAsciiDigit(r[0][0]));
    }
}
