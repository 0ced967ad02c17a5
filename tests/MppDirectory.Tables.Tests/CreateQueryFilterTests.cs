namespace MppDirectory.Tables.Tests;

public sealed class CreateQueryFilterTests
{
    [Fact]
    public void StringsAreQuotedWithSingleQuotesDoubled() =>
        Assert.Equal("Name eq 'x'' or PartitionKey ne '''", TableClient.CreateQueryFilter($"Name eq {"x' or PartitionKey ne '"}"));

    [Fact]
    public void EmptyStringIsTwoQuotes() =>
        Assert.Equal("Name eq ''", TableClient.CreateQueryFilter($"Name eq {string.Empty}"));

    [Fact]
    public void BooleansAreLowercase() =>
        Assert.Equal("A eq true and B eq false", TableClient.CreateQueryFilter($"A eq {true} and B eq {false}"));

    [Fact]
    public void Int32IsPlain() =>
        Assert.Equal("N eq -42", TableClient.CreateQueryFilter($"N eq {-42}"));

    [Fact]
    public void Int64HasTheLSuffix() =>
        Assert.Equal("N eq 9000000000L", TableClient.CreateQueryFilter($"N eq {9_000_000_000L}"));

    [Fact]
    public void DoublesUseInvariantRoundTripText()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("id-ID");
        try
        {
            Assert.Equal("R eq 4.75 and S eq 0.1", TableClient.CreateQueryFilter($"R eq {4.75} and S eq {0.1}"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WholeNumberDoublesKeepADecimalPointSoTheyStayDoubles() =>
        Assert.Equal("R eq 2.0 and S eq -5.0 and T eq 1E+300", TableClient.CreateQueryFilter($"R eq {2.0} and S eq {-5.0} and T eq {1e300}"));

    [Fact]
    public void DateTimeOffsetIsUtcWithSevenFractionalDigits()
    {
        var value = new DateTimeOffset(2023, 11, 5, 15, 30, 15, TimeSpan.FromHours(7)).AddTicks(1_234_567);

        Assert.Equal("T ge datetime'2023-11-05T08:30:15.1234567Z'", TableClient.CreateQueryFilter($"T ge {value}"));
    }

    [Fact]
    public void UtcDateTimeIsFormattedLikeDateTimeOffset() =>
        Assert.Equal(
            "T lt datetime'2024-01-02T03:04:05.0000000Z'",
            TableClient.CreateQueryFilter($"T lt {new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)}"));

    [Fact]
    public void GuidsUseTheGuidPrefix() =>
        Assert.Equal(
            "Id eq guid'6f9619ff-8b86-d011-b42d-00cf4fc964ff'",
            TableClient.CreateQueryFilter($"Id eq {Guid.Parse("6F9619FF-8B86-D011-B42D-00CF4FC964FF")}"));

    [Fact]
    public void BinaryIsHexWithTheXPrefix() =>
        Assert.Equal("B eq X'00fa10'", TableClient.CreateQueryFilter($"B eq {new byte[] { 0x00, 0xFA, 0x10 }}"));

    [Fact]
    public void NullIsRejected() =>
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"Name eq {(string?)null}"));

    [Fact]
    public void UnsupportedTypesAreRejected() =>
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"Price eq {1.5m}"));

    [Fact]
    public void LiteralBracesInTheTemplateSurvive() =>
        Assert.Equal("Name eq '{x}'", TableClient.CreateQueryFilter($"Name eq {"{x}"}"));

    [Fact]
    public void QuoteDoublesEverySingleQuote() =>
        Assert.Equal("'''a''b'''", TableOdataFilter.Quote("'a'b'"));
}
