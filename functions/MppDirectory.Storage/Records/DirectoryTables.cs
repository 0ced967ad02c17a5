using Azure.Data.Tables;

namespace MppDirectory.Storage.Records;

/// <summary>The tables of one directory, named with the configured prefix.</summary>
public sealed class DirectoryTables(TableServiceClient service, string prefix)
{
    /// <summary>The stewarded records (MPPs, their counters, sources) and the audit trail: see <see cref="StewardedPartition"/>.</summary>
    public TableClient Mpps { get; } = service.GetTableClient(prefix + "Mpps");
    public TableClient AgencyKinds { get; } = service.GetTableClient(prefix + "AgencyKinds");
    public TableClient Services { get; } = service.GetTableClient(prefix + "Services");
    public TableClient Regions { get; } = service.GetTableClient(prefix + "Regions");
    public TableClient Holidays { get; } = service.GetTableClient(prefix + "Holidays");

    /// <summary>Residents' suggested corrections, public (<see cref="Suggestions.SuggestionStore"/>): never a record of the directory, never loaded with it.</summary>
    public TableClient Suggestions { get; } = service.GetTableClient(prefix + "Suggestions");

    /// <summary>The contact emails of open suggestions: a table of its own, so that no public read can reach them.</summary>
    public TableClient SuggestionContacts { get; } = service.GetTableClient(prefix + "SuggestionContacts");

    public IEnumerable<TableClient> All => [Mpps, AgencyKinds, Services, Regions, Holidays, Suggestions, SuggestionContacts];

    public static DirectoryTables From(StorageClients clients) => new(clients.Tables, clients.Options.TablePrefix);
}
