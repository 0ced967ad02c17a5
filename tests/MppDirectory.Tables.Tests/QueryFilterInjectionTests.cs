using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

[Collection(nameof(AzuriteTableStorage))]
public sealed class QueryFilterInjectionTests(AzuriteFixture fixture)
{
    [Theory]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("') or (true")]
    [InlineData("O'Brien and 'Sons'")]
    public async Task FilterValueWithQuotesAndKeywordsMatchesOnlyThatLiteral(string literal)
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "target") { ["Name"] = literal });
        foreach (var (rowKey, decoy) in new[] { ("d1", "x"), ("d2", string.Empty), ("d3", "x' or PartitionKey ne "), ("d4", literal + " ") })
        {
            await table.AddEntityAsync(new TableEntity("mall", rowKey) { ["Name"] = decoy });
        }

        await table.AddEntityAsync(new TableEntity("other", "d5") { ["Name"] = "unrelated" });

        var matches = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync(TableClient.CreateQueryFilter($"Name eq {literal}")))
        {
            matches.Add(entity);
        }

        var match = Assert.Single(matches);
        Assert.Equal("target", match.RowKey);
        Assert.Equal(literal, match.GetString("Name"));
    }

    [Fact]
    public async Task WholeNumberDoubleFilterMatchesTheStoredDouble()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "target") { ["Rating"] = 4.0 });
        await table.AddEntityAsync(new TableEntity("mall", "decoy") { ["Rating"] = 4.5 });

        var matches = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync(TableClient.CreateQueryFilter($"Rating eq {4.0}")))
        {
            matches.Add(entity);
        }

        Assert.Equal("target", Assert.Single(matches).RowKey);
    }

    [Fact]
    public async Task TypedFilterValuesMatchStoredValues()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        var opened = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1234567);
        var id = Guid.NewGuid();
        await table.AddEntityAsync(new TableEntity("mall", "target")
        {
            ["Visitors"] = 5_000_000_000L,
            ["Rating"] = 4.5,
            ["Counters"] = 12,
            ["Open"] = true,
            ["Opened"] = opened,
            ["Id"] = id,
        });
        await table.AddEntityAsync(new TableEntity("mall", "decoy")
        {
            ["Visitors"] = 1L,
            ["Rating"] = 1.5,
            ["Counters"] = 1,
            ["Open"] = false,
            ["Opened"] = opened.AddDays(-1),
            ["Id"] = Guid.NewGuid(),
        });

        var filter = TableClient.CreateQueryFilter(
            $"Visitors eq {5_000_000_000L} and Rating eq {4.5} and Counters eq {12} and Open eq {true} and Opened eq {opened} and Id eq {id}");
        var matches = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync(filter))
        {
            matches.Add(entity);
        }

        Assert.Equal("target", Assert.Single(matches).RowKey);
    }
}
