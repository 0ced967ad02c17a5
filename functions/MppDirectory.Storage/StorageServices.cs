using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppDirectory.Storage.Publishing;
using MppDirectory.Storage.Records;

namespace MppDirectory.Storage;

public static class StorageServices
{
    /// <summary>What readers need: the storage clients and the snapshots (blobs only), from the <see cref="StorageOptions.Section"/> section.</summary>
    public static IServiceCollection AddDirectorySnapshots(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(sp => new StorageClients(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(sp => SnapshotStore.From(sp.GetRequiredService<StorageClients>()));
        return services;
    }

    /// <summary>The snapshots and every store of the tables: what writers, the seed and dataset publishing need.</summary>
    public static IServiceCollection AddDirectoryStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDirectorySnapshots(configuration);
        services.AddSingleton(sp => DirectoryStore.From(sp.GetRequiredService<StorageClients>()));
        services.AddSingleton(sp => new AuditedWrites(DirectoryTables.From(sp.GetRequiredService<StorageClients>())));
        services.AddSingleton(sp => new StewardRegistry(DirectoryTables.From(sp.GetRequiredService<StorageClients>()), sp.GetRequiredService<AuditedWrites>()));
        services.AddSingleton(sp => new Importing.MppImporter(sp.GetRequiredService<AuditedWrites>(), sp.GetRequiredService<DirectoryStore>()));
        services.AddSingleton(sp => new Suggestions.SuggestionStore(DirectoryTables.From(sp.GetRequiredService<StorageClients>())));
        services.AddSingleton(sp => new DatasetStore(sp.GetRequiredService<StorageClients>()));
        return services;
    }
}
