using Azure.Data.Tables;

namespace MppDirectory.Storage.Records;

/// <summary>The tables of one directory, named with the configured prefix.</summary>
public sealed class DirectoryTables(TableServiceClient service, string prefix)
{
    public TableClient Mpps { get; } = service.GetTableClient(prefix + "Mpps");
    public TableClient Counters { get; } = service.GetTableClient(prefix + "Counters");
    public TableClient AgencyKinds { get; } = service.GetTableClient(prefix + "AgencyKinds");
    public TableClient Services { get; } = service.GetTableClient(prefix + "Services");
    public TableClient Sources { get; } = service.GetTableClient(prefix + "Sources");
    public TableClient Regions { get; } = service.GetTableClient(prefix + "Regions");
    public TableClient Holidays { get; } = service.GetTableClient(prefix + "Holidays");
    public TableClient Meta { get; } = service.GetTableClient(prefix + "Meta");

    public IEnumerable<TableClient> All => [Mpps, Counters, AgencyKinds, Services, Sources, Regions, Holidays, Meta];

    public static DirectoryTables From(StorageClients clients) => new(clients.Tables, clients.Options.TablePrefix);
}
