using Azure;
using Azure.Data.Tables;
using MppDirectory.Azurite;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

/// <summary>What the stores rely on from Table Storage, through the SDK and our one batching helper, against Azurite.</summary>
public sealed class TableBehaviourTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    private async Task<TableClient> NewTableAsync()
    {
        var names = StorageNames.Unique("b");
        var table = names.ClientsFor(fixture.Azurite).Tables.GetTableClient(names.TablePrefix + "Rows");
        await table.CreateIfNotExistsAsync();
        return table;
    }

    [Fact]
    public async Task ATransactionWithAFailingActionWritesNothing()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "existing") { ["Value"] = "before" });

        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "a") { ["Value"] = "new" }),
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("p", "existing") { ["Value"] = "after" }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "existing") { ["Value"] = "duplicate" }),
        };

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => TableBatches.SubmitAsync(table, actions));

        Assert.Equal(2, failure.FailedTransactionActionIndex);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "a")).HasValue);
        Assert.Equal("before", (await table.GetEntityAsync<TableEntity>("p", "existing")).Value.GetString("Value"));
    }

    [Fact]
    public async Task BatchesSplitByPartitionAndByTheServiceLimit()
    {
        var table = await NewTableAsync();
        var actions = Enumerable.Range(0, 250)
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(i % 2 == 0 ? "even" : "odd", $"{i:D4}")))
            .ToList();

        var transactions = await TableBatches.SubmitAsync(table, actions);

        Assert.Equal(4, transactions); // 125 per partition: 100 + 25, twice
        Assert.Equal(250, await table.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task AStaleETagChangesNothing()
    {
        var table = await NewTableAsync();
        var added = await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "first" });
        var staleTag = added.Headers.ETag!.Value;
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["Value"] = "second" }, staleTag, TableUpdateMode.Replace);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() =>
            table.UpdateEntityAsync(new TableEntity("p", "r") { ["Value"] = "lost update" }, staleTag, TableUpdateMode.Replace));

        Assert.Equal(412, failure.Status);
        Assert.Equal("second", (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetString("Value"));
    }

    [Fact]
    public async Task AnInjectedFilterValueMatchesOnlyItsLiteral()
    {
        var table = await NewTableAsync();
        const string Hostile = "x' or PartitionKey ne '";
        await table.AddEntityAsync(new TableEntity("p", "ordinary"));
        await table.AddEntityAsync(new TableEntity("p", Hostile.Replace("'", "", StringComparison.Ordinal)));
        await table.AddEntityAsync(new TableEntity("p", "quoted") { ["Name"] = Hostile });

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"p"} and Name eq {Hostile}");
        var matches = await table.QueryAsync<TableEntity>(filter).Select(e => e.RowKey).ToListAsync();

        Assert.Equal(["quoted"], matches);
        Assert.Contains("''", filter, StringComparison.Ordinal); // the quote is escaped, not closing the literal
    }
}
