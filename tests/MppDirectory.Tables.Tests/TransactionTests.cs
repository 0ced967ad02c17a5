using Azure;
using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

[Collection(nameof(AzuriteTableStorage))]
public sealed class TransactionTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task TransactionWithOneFailingActionWritesNothingAndReportsItsIndex()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "existing") { ["Name"] = "original" });

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("mall", "a")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("mall", "b") { ["Name"] = "b" }),
            new(TableTransactionActionType.Add, new TableEntity("mall", "c")),
            new(TableTransactionActionType.Add, new TableEntity("mall", "existing") { ["Name"] = "overwritten?" }),
            new(TableTransactionActionType.Add, new TableEntity("mall", "e")),
        ]));

        Assert.Equal(3, failure.FailedTransactionActionIndex);
        Assert.Equal(409, failure.Status);
        Assert.Equal("EntityAlreadyExists", failure.ErrorCode);
        var remaining = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync())
        {
            remaining.Add(entity);
        }

        var survivor = Assert.Single(remaining);
        Assert.Equal("existing", survivor.RowKey);
        Assert.Equal("original", survivor.GetString("Name"));
    }

    [Fact]
    public async Task TransactionAppliesEveryActionTypeAtomically()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        foreach (var rowKey in new[] { "merge", "replace", "delete" })
        {
            await table.AddEntityAsync(new TableEntity("mall", rowKey) { ["Kept"] = "yes", ["Name"] = "before" });
        }

        var replaceETag = (await table.GetEntityAsync("mall", "replace")).Value.ETag;

        var result = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("mall", "added") { ["Name"] = "added" }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("mall", "merge") { ["Name"] = "after" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("mall", "replace") { ["Name"] = "after" }, replaceETag),
            new(TableTransactionActionType.Delete, new TableEntity("mall", "delete")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("mall", "upsertMerge") { ["Name"] = "after" }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("mall", "upsertReplace") { ["Name"] = "after" }),
        ]);

        Assert.Equal(6, result.Value.Count);
        Assert.All(result.Value, response => Assert.Equal(204, response.Status));
        var merged = (await table.GetEntityAsync("mall", "merge")).Value;
        Assert.Equal(("after", "yes"), (merged.GetString("Name"), merged.GetString("Kept")));
        var replaced = (await table.GetEntityAsync("mall", "replace")).Value;
        Assert.Equal(("after", null), (replaced.GetString("Name"), replaced.GetString("Kept")));
        Assert.False((await table.GetEntityIfExistsAsync("mall", "delete")).HasValue);
        Assert.Equal("added", (await table.GetEntityAsync("mall", "added")).Value.GetString("Name"));
        Assert.Equal("after", (await table.GetEntityAsync("mall", "upsertMerge")).Value.GetString("Name"));
        Assert.Equal("after", (await table.GetEntityAsync("mall", "upsertReplace")).Value.GetString("Name"));
    }

    [Fact]
    public async Task TransactionWithStaleETagFailsWith412()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "r") { ["Name"] = "v1" });
        var stale = (await table.GetEntityAsync("mall", "r")).Value.ETag;
        await table.UpsertEntityAsync(new TableEntity("mall", "r") { ["Name"] = "v2" });

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("mall", "new")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("mall", "r") { ["Name"] = "v3" }, stale),
        ]));

        Assert.Equal(412, failure.Status);
        Assert.Equal(1, failure.FailedTransactionActionIndex);
        Assert.Equal("v2", (await table.GetEntityAsync("mall", "r")).Value.GetString("Name"));
        Assert.False((await table.GetEntityIfExistsAsync("mall", "new")).HasValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task TransactionOutsideOneToOneHundredActionsIsRejectedBeforeSending(int count)
    {
        var table = AzuriteTableStorage.ServiceClient(fixture).GetTableClient(AzuriteTableStorage.UniqueTableName());
        var actions = Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("mall", $"r{i}")));

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(actions));
    }

    [Fact]
    public async Task TransactionAcrossPartitionsIsRejectedBeforeSending()
    {
        var table = AzuriteTableStorage.ServiceClient(fixture).GetTableClient(AzuriteTableStorage.UniqueTableName());

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("mall-a", "r")),
            new(TableTransactionActionType.Add, new TableEntity("mall-b", "r")),
        ]));
    }

    [Fact]
    public async Task FailedTransactionIsARequestFailedException()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "r"));

        var failure = await Assert.ThrowsAnyAsync<RequestFailedException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("mall", "r"))]));

        Assert.IsType<TableTransactionFailedException>(failure);
        Assert.Equal(0, ((TableTransactionFailedException)failure).FailedTransactionActionIndex);
    }
}
