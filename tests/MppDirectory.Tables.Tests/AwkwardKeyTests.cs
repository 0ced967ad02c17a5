using Azure;
using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

[Collection(nameof(AzuriteTableStorage))]
public sealed class AwkwardKeyTests(AzuriteFixture fixture)
{
    public static TheoryData<string, string> AwkwardKeys() => new()
    {
        { "Kota Bandung", "mal pelayanan publik" },
        { "O'Brien", "it''s" },
        { "ünïcødé 🌏", "日本語" },
        { "100%", "%41%2F" },
        { "a+b=c&d", "semi;colon,comma" },
        { "(paren)", "!*~.$@" },
    };

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task AwkwardKeysWorkForGetUpdateAndDelete(string partitionKey, string rowKey)
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["Name"] = "v1" });

        var added = (await table.GetEntityAsync(partitionKey, rowKey)).Value;
        await table.UpdateEntityAsync(new TableEntity(partitionKey, rowKey) { ["Name"] = "v2" }, added.ETag);
        var updated = (await table.GetEntityAsync(partitionKey, rowKey)).Value;
        await table.DeleteEntityAsync(partitionKey, rowKey, updated.ETag);

        Assert.Equal((partitionKey, rowKey), (added.PartitionKey, added.RowKey));
        Assert.Equal("v2", updated.GetString("Name"));
        Assert.False((await table.GetEntityIfExistsAsync(partitionKey, rowKey)).HasValue);
    }

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task AwkwardKeysWorkInTransactionsAndFilters(string partitionKey, string rowKey)
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity(partitionKey, rowKey) { ["Name"] = "v1" }),
            new(TableTransactionActionType.Add, new TableEntity(partitionKey, "decoy")),
        ]);
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity(partitionKey, rowKey) { ["Name"] = "v2" }, ETag.All),
            new(TableTransactionActionType.Delete, new TableEntity(partitionKey, "decoy")),
        ]);

        var matches = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey eq {rowKey}")))
        {
            matches.Add(entity);
        }

        var match = Assert.Single(matches);
        Assert.Equal("v2", match.GetString("Name"));
    }
}
