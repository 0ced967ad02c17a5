using System.Text;
using MppDirectory.Datasets.Formats;
using MppDirectory.Datasets.Tables;

namespace MppDirectory.Datasets.Tests;

public sealed class CsvRoundTripTests
{
    [Theory]
    [MemberData(nameof(TestData.Builds), MemberType = typeof(TestData))]
    public void EveryCsvParsesBackToTheSameRecords(string build)
    {
        foreach (var table in DirectoryTableSet.From(build == "seed" ? TestData.Seed : TestData.Fixtures))
        {
            var bytes = TestData.ByName(build).File(DatasetLayout.CsvFile(table.Name)).Bytes;
            var records = Rfc4180Parser.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));

            Assert.Equal(table.Fields.Select(f => f.Name), records[0]);
            Assert.Equal(table.Rows.Count, records.Count - 1);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                Assert.Equal(table.Rows[i].Select(CellText.Format), records[i + 1]);
            }
        }
    }

    [Fact]
    public void CanonicalCsvIsUtf8WithoutBomWithCrlfLineEnds()
    {
        var bytes = TestData.SeedVersion.File("mpps.csv").Bytes;
        var text = Encoding.UTF8.GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(CsvTableWriter.MediaType, TestData.SeedVersion.File("mpps.csv").MediaType);
    }

    [Fact]
    public void QuotesCommasAndLineBreaksInsideCells()
    {
        var table = new DataTable("t", "t", "", [new TableField("a", FieldType.Text, ""), new TableField("b", FieldType.Text, "")], ["a"], [],
            [["x, y", "say \"hi\"\r\nthen\nleave"]]);

        var text = Encoding.UTF8.GetString(CsvTableWriter.Write(table));

        Assert.Equal("a,b\r\n\"x, y\",\"say \"\"hi\"\"\r\nthen\nleave\"\r\n", text);
        Assert.Equal([["a", "b"], ["x, y", "say \"hi\"\r\nthen\nleave"]], Rfc4180Parser.Parse(text));
    }

    [Fact]
    public void NdjsonHasOneLfEndedObjectPerRowAndJsonKeepsTypes()
    {
        var ndjson = Encoding.UTF8.GetString(TestData.SeedVersion.File("mpps.ndjson").Bytes);
        var lines = ndjson.Split('\n');

        Assert.Equal(TestData.Seed.Mpps.Count + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain('\r', ndjson);
        using var json = System.Text.Json.JsonDocument.Parse(TestData.SeedVersion.File("mpps.json").Bytes);
        var pekalongan = json.RootElement.EnumerateArray().Single(r => r.GetProperty("mpp_id").GetString() == "kota-pekalongan");
        Assert.Equal(2, pekalongan.GetProperty("floors").GetInt64());
        Assert.Equal("33.75", pekalongan.GetProperty("regency_code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, pekalongan.GetProperty("latitude").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.False, pekalongan.GetProperty("hours_known").ValueKind);
    }
}
