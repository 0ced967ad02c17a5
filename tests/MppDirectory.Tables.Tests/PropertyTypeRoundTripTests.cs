using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

[Collection(nameof(AzuriteTableStorage))]
public sealed class PropertyTypeRoundTripTests(AzuriteFixture fixture)
{
    private static readonly DateTimeOffset Opened = new DateTimeOffset(2023, 11, 5, 8, 30, 15, TimeSpan.Zero).AddTicks(1_234_567);
    private static readonly Guid Id = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

    [Fact]
    public async Task EveryPropertyTypeRoundTripsThroughGetAndQuery()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(FullEntity());

        var got = (await table.GetEntityAsync("mall", "all-types")).Value;
        TableEntity? queried = null;
        await foreach (var entity in table.QueryAsync())
        {
            queried = entity;
        }

        AssertFullEntity(got);
        AssertFullEntity(queried!);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.1)]
    [InlineData(1e300)]
    [InlineData(double.Epsilon)]
    public async Task SpecialDoublesRoundTrip(double value)
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.UpsertEntityAsync(new TableEntity("mall", "d") { ["Value"] = value });

        Assert.Equal(value, (await table.GetEntityAsync("mall", "d")).Value.GetDouble("Value"));
    }

    [Fact]
    public async Task DateTimeIsWrittenAsUtcAndReadAsDateTimeOffset()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "dt") { ["Utc"] = Opened.UtcDateTime });

        var got = (await table.GetEntityAsync("mall", "dt")).Value;

        Assert.Equal(Opened, got.GetDateTimeOffset("Utc"));
        Assert.Equal(TimeSpan.Zero, got.GetDateTimeOffset("Utc")!.Value.Offset);
    }

    [Fact]
    public async Task ServiceSetsTimestampAndETag()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "ts"));

        var got = (await table.GetEntityAsync("mall", "ts")).Value;

        Assert.NotNull(got.Timestamp);
        Assert.NotEqual(default, got.ETag);
    }

    [Fact]
    public void TypedGetterOfAMissingPropertyIsNullAndOfAnotherTypeThrows()
    {
        var entity = new TableEntity("mall", "r") { ["Name"] = "x" };

        Assert.Null(entity.GetInt32("Missing"));
        Assert.Null(entity.GetString("Missing"));
        Assert.Throws<InvalidOperationException>(() => entity.GetInt32("Name"));
    }

    [Fact]
    public async Task UnsupportedPropertyTypeIsRejectedBeforeSending()
    {
        var table = AzuriteTableStorage.ServiceClient(fixture).GetTableClient(AzuriteTableStorage.UniqueTableName());

        await Assert.ThrowsAsync<NotSupportedException>(() => table.AddEntityAsync(new TableEntity("mall", "r") { ["Price"] = 1.5m }));
    }

    private static TableEntity FullEntity() => new("mall", "all-types")
    {
        ["Text"] = "Mal Pelayanan Publik Kota Bandung — ünïcødé 🌏",
        ["Empty"] = string.Empty,
        ["Counters"] = 42,
        ["NegativeInt"] = int.MinValue,
        ["Visitors"] = 9_000_000_000L,
        ["SmallLong"] = 7L,
        ["Rating"] = 4.75,
        ["WholeDouble"] = 2.0,
        ["Open"] = true,
        ["Closed"] = false,
        ["Opened"] = Opened,
        ["Id"] = Id,
        ["Logo"] = new byte[] { 0, 1, 2, 250, 255 },
        ["EmptyBinary"] = Array.Empty<byte>(),
    };

    private static void AssertFullEntity(TableEntity entity)
    {
        Assert.Equal("Mal Pelayanan Publik Kota Bandung — ünïcødé 🌏", entity.GetString("Text"));
        Assert.Equal(string.Empty, entity.GetString("Empty"));
        Assert.Equal(42, entity.GetInt32("Counters"));
        Assert.Equal(int.MinValue, entity.GetInt32("NegativeInt"));
        Assert.Equal(9_000_000_000L, entity.GetInt64("Visitors"));
        Assert.Equal(7L, entity.GetInt64("SmallLong"));
        Assert.Equal(4.75, entity.GetDouble("Rating"));
        Assert.Equal(2.0, entity.GetDouble("WholeDouble"));
        Assert.True(entity.GetBoolean("Open"));
        Assert.False(entity.GetBoolean("Closed"));
        Assert.Equal(Opened, entity.GetDateTimeOffset("Opened"));
        Assert.Equal(Id, entity.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, entity.GetBinary("Logo"));
        Assert.Equal(Array.Empty<byte>(), entity.GetBinary("EmptyBinary"));
    }
}
