using Azure;
using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

[Collection(nameof(AzuriteTableStorage))]
public sealed class EntityLifecycleTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task UpdateWithStaleETagFailsWith412AndChangesNothing()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "r") { ["Name"] = "v1" });
        var first = (await table.GetEntityAsync("mall", "r")).Value;

        var updated = await table.UpdateEntityAsync(new TableEntity("mall", "r") { ["Name"] = "v2" }, first.ETag);
        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("mall", "r") { ["Name"] = "v3" }, first.ETag));

        Assert.Equal(204, updated.Status);
        Assert.Equal(412, failure.Status);
        Assert.Equal("UpdateConditionNotSatisfied", failure.ErrorCode);
        var current = (await table.GetEntityAsync("mall", "r")).Value;
        Assert.Equal("v2", current.GetString("Name"));
        Assert.Equal(updated.Headers.ETag, current.ETag);
    }

    [Fact]
    public async Task UpdateWithoutAnETagIsRejectedBeforeSending()
    {
        var table = AzuriteTableStorage.ServiceClient(fixture).GetTableClient(AzuriteTableStorage.UniqueTableName());

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("mall", "r"), default));
    }

    [Fact]
    public async Task UpdateOfAMissingEntityFailsWith404()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("mall", "missing"), ETag.All));

        Assert.Equal(404, failure.Status);
        Assert.Equal("ResourceNotFound", failure.ErrorCode);
    }

    [Fact]
    public async Task MergeKeepsUnmentionedPropertiesAndReplaceDropsThem()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "merge") { ["Name"] = "old", ["City"] = "Bandung" });
        await table.AddEntityAsync(new TableEntity("mall", "replace") { ["Name"] = "old", ["City"] = "Bandung" });

        await table.UpdateEntityAsync(new TableEntity("mall", "merge") { ["Name"] = "new" }, ETag.All, TableUpdateMode.Merge);
        await table.UpdateEntityAsync(new TableEntity("mall", "replace") { ["Name"] = "new" }, ETag.All, TableUpdateMode.Replace);

        var merged = (await table.GetEntityAsync("mall", "merge")).Value;
        var replaced = (await table.GetEntityAsync("mall", "replace")).Value;
        Assert.Equal(("new", "Bandung"), (merged.GetString("Name"), merged.GetString("City")));
        Assert.Equal(("new", null), (replaced.GetString("Name"), replaced.GetString("City")));
    }

    [Fact]
    public async Task UpsertInsertsThenMergesOrReplaces()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);

        await table.UpsertEntityAsync(new TableEntity("mall", "r") { ["Name"] = "first", ["City"] = "Bandung" });
        await table.UpsertEntityAsync(new TableEntity("mall", "r") { ["Name"] = "merged" });
        var merged = (await table.GetEntityAsync("mall", "r")).Value;
        await table.UpsertEntityAsync(new TableEntity("mall", "r") { ["Name"] = "replaced" }, TableUpdateMode.Replace);
        var replaced = (await table.GetEntityAsync("mall", "r")).Value;

        Assert.Equal(("merged", "Bandung"), (merged.GetString("Name"), merged.GetString("City")));
        Assert.Equal(("replaced", null), (replaced.GetString("Name"), replaced.GetString("City")));
    }

    [Fact]
    public async Task GetEntityIfExistsOfAMissingEntityHasNoValue()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);

        var missing = await table.GetEntityIfExistsAsync("mall", "missing");

        Assert.False(missing.HasValue);
        Assert.Equal(404, missing.GetRawResponse().Status);
    }

    [Fact]
    public async Task GetEntityOfAMissingEntityThrows404()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync("mall", "missing"));

        Assert.Equal(404, failure.Status);
        Assert.Equal("ResourceNotFound", failure.ErrorCode);
    }

    [Fact]
    public async Task GetEntityIfExistsOfAnExistingEntityHasIt()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "r") { ["Name"] = "here" });

        var found = await table.GetEntityIfExistsAsync("mall", "r");

        Assert.True(found.HasValue);
        Assert.Equal("here", found.Value!.GetString("Name"));
    }

    [Fact]
    public async Task AddingAnExistingEntityFailsWith409()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "r"));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("mall", "r")));

        Assert.Equal(409, failure.Status);
        Assert.Equal("EntityAlreadyExists", failure.ErrorCode);
    }

    [Fact]
    public async Task DeleteRemovesTheEntityAndAStaleETagIsRefused()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);
        await table.AddEntityAsync(new TableEntity("mall", "r") { ["Name"] = "v1" });
        var stale = (await table.GetEntityAsync("mall", "r")).Value.ETag;
        await table.UpsertEntityAsync(new TableEntity("mall", "r") { ["Name"] = "v2" });

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("mall", "r", stale));
        var stillThere = await table.GetEntityIfExistsAsync("mall", "r");
        var deleted = await table.DeleteEntityAsync("mall", "r");

        Assert.Equal(412, refused.Status);
        Assert.True(stillThere.HasValue);
        Assert.Equal(204, deleted.Status);
        Assert.False((await table.GetEntityIfExistsAsync("mall", "r")).HasValue);
    }

    [Fact]
    public async Task DeletingAMissingEntityIsNotAnError()
    {
        var table = await AzuriteTableStorage.CreateTableAsync(fixture);

        var response = await table.DeleteEntityAsync("mall", "missing");

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task CreateIfNotExistsTwiceIsFine()
    {
        var service = AzuriteTableStorage.ServiceClient(fixture);
        var name = AzuriteTableStorage.UniqueTableName();

        var created = await service.CreateTableIfNotExistsAsync(name);
        var again = await service.GetTableClient(name).CreateIfNotExistsAsync();
        await service.GetTableClient(name).AddEntityAsync(new TableEntity("mall", "r"));

        Assert.Equal(204, created.Status);
        Assert.Equal(409, again.Status);
    }

    [Fact]
    public async Task DeletedTableNoLongerAcceptsEntities()
    {
        var service = AzuriteTableStorage.ServiceClient(fixture);
        var name = AzuriteTableStorage.UniqueTableName();
        await service.CreateTableIfNotExistsAsync(name);

        var deleted = await service.DeleteTableAsync(name);
        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => service.GetTableClient(name).AddEntityAsync(new TableEntity("mall", "r")));

        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, failure.Status);
        Assert.Equal("TableNotFound", failure.ErrorCode);
    }

    [Fact]
    public void EmptyTableNameIsRejected()
    {
        var service = AzuriteTableStorage.ServiceClient(fixture);

        Assert.Throws<ArgumentException>(() => service.GetTableClient(string.Empty));
        Assert.Throws<ArgumentNullException>(() => service.GetTableClient(null!));
    }

    [Fact]
    public async Task NullKeysAreRejectedBeforeSending()
    {
        var table = AzuriteTableStorage.ServiceClient(fixture).GetTableClient(AzuriteTableStorage.UniqueTableName());

        await Assert.ThrowsAsync<ArgumentNullException>(() => table.GetEntityAsync(null!, "r"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => table.DeleteEntityAsync("mall", null!));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity()));
    }
}
