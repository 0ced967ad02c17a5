using MppDirectory.Storage;

namespace MppDirectory.Azurite;

/// <summary>A table prefix and a blob container of their own, so that fixtures sharing one Azurite never meet.</summary>
public sealed record StorageNames(string TablePrefix, string DatasetContainer)
{
    public static StorageNames Unique(string kind = "t")
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new StorageNames(kind + id, kind + id + "-datasets");
    }

    /// <summary>Storage settings for these names in an Azurite.</summary>
    public StorageOptions OptionsFor(AzuriteProcess azurite) =>
        new() { ConnectionString = azurite.ConnectionString, TablePrefix = TablePrefix, DatasetContainer = DatasetContainer };

    public StorageClients ClientsFor(AzuriteProcess azurite) => new(OptionsFor(azurite));
}
