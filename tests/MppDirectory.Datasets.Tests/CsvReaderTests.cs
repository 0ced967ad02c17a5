using MppDirectory.Datasets.Formats;

namespace MppDirectory.Datasets.Tests;

public sealed class CsvReaderTests
{
    [Fact]
    public void ReadsQuotedCellsWithCommasQuotesAndLineBreaksAndNumbersRecordsByLine()
    {
        var records = CsvReader.Read("\uFEFFid,text\r\na,\"x, \"\"y\"\"\r\nz\"\nb,plain\n");

        Assert.Equal(["id", "text"], records[0].Cells);
        Assert.Equal(["a", "x, \"y\"\r\nz"], records[1].Cells);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["b", "plain"], records[2].Cells);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public void KeepsEmptyCellsAndALastRecordWithoutALineEnd()
    {
        var records = CsvReader.Read("a,,c\r\n,,");

        Assert.Equal(["a", "", "c"], records[0].Cells);
        Assert.Equal(["", "", ""], records[1].Cells);
    }

    [Theory]
    [InlineData("a,b\r\n\"open,c\r\n", 2, "never closed")]
    [InlineData("a,b\r\nc,\"d\"e\r\n", 2, "after a closing quote")]
    public void NamesTheLineOfMalformedCsv(string text, int line, string reason)
    {
        var error = Assert.Throws<CsvFormatException>(() => CsvReader.Read(text));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
