using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MppDirectory.Storage.Publishing;
using MppDirectory.Storage.Records;

namespace MppDirectory.Storage;

public static class StorageServices
{
    /// <summary>The storage clients and stores, configured from the <see cref="StorageOptions.Section"/> section.</summary>
    public static IServiceCollection AddDirectoryStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(sp => new StorageClients(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(sp => SnapshotStore.From(sp.GetRequiredService<StorageClients>()));
        services.AddSingleton(sp => DirectoryStore.From(sp.GetRequiredService<StorageClients>()));
        services.AddSingleton(sp => new StewardedWrites(DirectoryTables.From(sp.GetRequiredService<StorageClients>())));
        services.AddSingleton(sp => new Importing.MppImporter(sp.GetRequiredService<StewardedWrites>(), sp.GetRequiredService<DirectoryStore>()));
        services.AddSingleton(sp => new DatasetStore(sp.GetRequiredService<StorageClients>()));
        return services;
    }
}
