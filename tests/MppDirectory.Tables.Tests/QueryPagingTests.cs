using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

[Collection(nameof(AzuriteTableStorage))]
public sealed partial class QueryPagingTests(AzuriteFixture fixture)
{
    private const string Partition = "mall";

    [Fact]
    public async Task PagingAcrossContinuationReturnsEachEntityOnce()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        var expected = await InsertRowsAsync(table, 2_500);

        var seen = new List<string>();
        var pageCount = 0;
        await foreach (var page in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")).AsPages())
        {
            pageCount++;
            seen.AddRange(page.Values.Select(entity => entity.RowKey));
        }

        Assert.True(pageCount >= 3, $"expected the service to page 2,500 entities, got {pageCount} page(s)");
        Assert.Equal(expected, seen.Order(StringComparer.Ordinal));

        var transparentlyIterated = new List<string>();
        await foreach (var entity in table.QueryAsync())
        {
            transparentlyIterated.Add(entity.RowKey);
        }

        Assert.Equal(expected, transparentlyIterated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PageTokensResumeInAFreshQueryAndVisitEachEntityOnce()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        var expected = await InsertRowsAsync(table, 2_500);

        var seen = new List<string>();
        string? token = null;
        var requests = 0;
        do
        {
            // A fresh query per page, as an API handing the token to a client and back would do.
            var page = await FirstPageAsync(table.QueryAsync(maxPerPage: 700).AsPages(token));
            seen.AddRange(page.Values.Select(entity => entity.RowKey));
            token = page.ContinuationToken;
            Assert.True(token is null || UrlSafe().IsMatch(token), $"token '{token}' is not URL-safe");
            requests++;
        }
        while (token is not null && requests < 100);

        Assert.Null(token);
        Assert.Equal(4, requests);
        Assert.Equal(expected, seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MaxPerPageLimitsEachPage()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await InsertRowsAsync(table, 25);

        var pageSizes = new List<int>();
        await foreach (var page in table.QueryAsync(maxPerPage: 10).AsPages())
        {
            pageSizes.Add(page.Values.Count);
        }

        Assert.Equal([10, 10, 5], pageSizes);
    }

    [Fact]
    public async Task PageSizeHintOverridesMaxPerPage()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await InsertRowsAsync(table, 7);

        var page = await FirstPageAsync(table.QueryAsync(maxPerPage: 2).AsPages(pageSizeHint: 5));

        Assert.Equal(5, page.Values.Count);
    }

    [Fact]
    public async Task SelectReturnsOnlyTheChosenProperties()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity(Partition, "r1") { ["Name"] = "Mal Pelayanan Publik", ["City"] = "Bandung", ["Counters"] = 12 });

        var queried = Assert.Single(await ToListAsync(table.QueryAsync(select: ["Name", "Counters"])));
        var got = (await table.GetEntityAsync(Partition, "r1", select: ["City"])).Value;

        Assert.Equal("Mal Pelayanan Publik", queried.GetString("Name"));
        Assert.Equal(12, queried.GetInt32("Counters"));
        Assert.False(queried.ContainsKey("City"));
        Assert.Equal("Bandung", got.GetString("City"));
        Assert.False(got.ContainsKey("Name"));
        Assert.False(got.ContainsKey("Counters"));
    }

    [Fact]
    public async Task ATokenFromElsewhereIsRejected()
    {
        var table = AzuriteTableStorage.ServiceClient(fixture).GetTableClient(AzuriteTableStorage.UniqueTableName());

        await Assert.ThrowsAsync<ArgumentException>(() => FirstPageAsync(table.QueryAsync().AsPages("not a token!")));
    }

    private static async Task<List<string>> InsertRowsAsync(TableClient table, int count)
    {
        var rowKeys = Enumerable.Range(0, count).Select(i => i.ToString("D5", CultureInfo.InvariantCulture)).ToList();
        foreach (var chunk in rowKeys.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(rowKey =>
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Partition, rowKey) { ["Index"] = int.Parse(rowKey, CultureInfo.InvariantCulture) })));
        }

        return rowKeys;
    }

    private static async Task<Page<TableEntity>> FirstPageAsync(IAsyncEnumerable<Page<TableEntity>> pages)
    {
        await foreach (var page in pages)
        {
            return page;
        }

        throw new InvalidOperationException("The query returned no page at all.");
    }

    private static async Task<List<TableEntity>> ToListAsync(AsyncPageable<TableEntity> query)
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in query)
        {
            entities.Add(entity);
        }

        return entities;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex UrlSafe();
}
