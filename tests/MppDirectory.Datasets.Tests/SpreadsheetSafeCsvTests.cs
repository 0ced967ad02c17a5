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
        [["=SUM(A1)", 1L], ["+6281234567890", 2L], ["-5", -5L], ["@x", 3L], ["007", 4L], ["33.75", 5L], ["2023-12", 6L], ["Kota Pekalongan", 7L],
         ["\tx", 8L], ["\rx", 9L], ["\nx", 10L], ["'quoted'", 11L], ["it's", 12L]]);

    [Fact]
    public void BothVariantsMarkFormulaLikeTextAndOnlyTheSpreadsheetOneMarksNumberLikeText()
    {
        var canonical = Rfc4180Parser.Parse(Encoding.UTF8.GetString(CsvTableWriter.Write(Risky)));
        var safeBytes = CsvTableWriter.Write(Risky, CsvVariant.SpreadsheetSafe);
        var safe = Rfc4180Parser.Parse(Encoding.UTF8.GetString(safeBytes.AsSpan(Encoding.UTF8.Preamble.Length)));

        Assert.Equal(["'=SUM(A1)", "'+6281234567890", "'-5", "'@x", "007", "33.75", "2023-12", "Kota Pekalongan", "'\tx", "'\rx", "'\nx", "''quoted'", "it's"], canonical.Skip(1).Select(r => r[0]));
        Assert.Equal(["'=SUM(A1)", "'+6281234567890", "'-5", "'@x", "'007", "'33.75", "'2023-12", "Kota Pekalongan", "'\tx", "'\rx", "'\nx", "''quoted'", "it's"], safe.Skip(1).Select(r => r[0]));
    }

    /// <summary>What the CSV writer marks, an import reads back as the value it was: the round trip is exact.</summary>
    [Fact]
    public void AMarkedCellReadsBackAsTheValue()
    {
        foreach (var row in Risky.Rows)
        {
            var text = (string)row[0]!;
            Assert.Equal(text, CsvTextCells.Unmark(CsvTextCells.Mark(text, FieldType.Text), FieldType.Text));
        }

        Assert.Equal("-5", CsvTextCells.Unmark(CsvTextCells.Mark("-5", FieldType.WholeNumber), FieldType.WholeNumber));
    }

    [Fact]
    public void NumbersInNumericColumnsStayNumbers()
    {
        var safe = Rfc4180Parser.Parse(Encoding.UTF8.GetString(CsvTableWriter.Write(Risky, CsvVariant.SpreadsheetSafe).AsSpan(3)));

        Assert.Equal(["1", "2", "-5", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], safe.Skip(1).Select(r => r[1]));
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

/// <summary>The seed holds no text that the writes' formula rule would refuse, so it never needs the mark.</summary>
public sealed class SeedTextTests
{
    [Fact]
    public void NoSeedTextStartsLikeAFormula()
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(TestData.Seed, MppDirectory.Domain.DirectoryJson.Options.GetTypeInfo(typeof(MppDirectory.Domain.DirectoryData)))!;
        var texts = Texts(json).ToList();

        Assert.True(texts.Count > 1000, $"only {texts.Count} texts read from the seed");
        Assert.DoesNotContain(texts, MppDirectory.Domain.Stewardship.FormulaText.StartsLikeFormula);
        Assert.DoesNotContain(texts, t => t.StartsWith(CsvTextCells.Marker));
    }

    private static IEnumerable<string> Texts(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => Texts(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(Texts),
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
