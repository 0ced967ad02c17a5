using MppDirectory.Datasets;
using MppDirectory.Datasets.Tables;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Domain;

namespace MppDirectory.Storage.Publishing;

/// <summary>
/// Makes a dataset version when the directory's data changed since the newest one: builds every file
/// once, numbers it by comparing its tables with the previous version's, and stores it. The API only
/// reads what this stored.
/// </summary>
public sealed class DatasetPublisher(DatasetStore store, TimeProvider clock)
{
    public async Task<DatasetPublication> PublishAsync(
        DirectoryData data, Action<DatasetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var dataVersion = DirectoryFingerprint.Of(data);
        var latest = await store.GetLatestAsync(cancellationToken);
        if (latest is null && await store.ListUnlistedVersionsAsync(cancellationToken) > 0)
        {
            latest = await store.GetLatestAsync(cancellationToken); // a store an older build published to
        }

        if (latest?.DataVersion == dataVersion)
        {
            return new DatasetPublication(latest, Created: false);
        }

        var tables = DirectoryTableSet.From(data);
        var previous = latest is null ? null : await store.ReadSnapshotAsync(latest, cancellationToken);
        var changes = DatasetChanges.Between(latest?.Version, previous, DatasetSnapshot.Of(tables));
        var now = clock.GetUtcNow();
        var created = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero); // files state it to the second
        var build = DatasetBuilder.Build(data, tables, new DatasetRelease(changes.NextVersion(), created, dataVersion), changes, progress);
        await store.SaveAsync(build, cancellationToken);
        return new DatasetPublication(build.Manifest, Created: true);
    }
}

/// <summary>The newest version after a publish, and whether the publish made it.</summary>
public sealed record DatasetPublication(DatasetManifest Manifest, bool Created);
