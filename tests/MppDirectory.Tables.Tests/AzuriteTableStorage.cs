using MppDirectory.Testing;

namespace MppDirectory.Tables.Tests;

/// <summary>One Azurite process shared by every test class that talks to a real Table service.</summary>
[CollectionDefinition(nameof(AzuriteTableStorage))]
public sealed class AzuriteTableStorage : ICollectionFixture<AzuriteFixture>
{
    public static TableServiceClient ServiceClient(AzuriteFixture fixture) => new(fixture.Azurite.ConnectionString);

    /// <summary>A fresh, empty table with a unique name, so tests never see each other's entities.</summary>
    public static async Task<TableClient> CreateTableAsync(AzuriteFixture fixture)
    {
        var table = ServiceClient(fixture).GetTableClient(UniqueTableName());
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public static string UniqueTableName() => "t" + Guid.NewGuid().ToString("N");
}
