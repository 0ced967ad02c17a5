using Azure;
using Azure.Data.Tables;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Storage.Records;

/// <summary>
/// Reads and writes the whole directory in Table Storage. Every write goes through
/// <see cref="SyncAsync"/>, which writes only what differs and then bumps the data version that
/// readers watch, after writing that version's snapshot (<see cref="SnapshotStore"/>) that readers load.
/// </summary>
public sealed class DirectoryStore(DirectoryTables tables, SnapshotStore snapshots)
{
    private const int MaxPublishReads = 5;

    public async Task CreateTablesIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in tables.All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }

    /// <summary>The served data version; null when the directory was never written.</summary>
    public Task<DataVersion?> GetVersionAsync(CancellationToken cancellationToken = default) => snapshots.CurrentAsync(cancellationToken);

    public static DirectoryStore From(StorageClients clients) => new(DirectoryTables.From(clients), SnapshotStore.From(clients));

    /// <summary>The directory as the tables hold it now: a scan of every table.</summary>
    public async Task<DirectoryData> LoadAsync(CancellationToken cancellationToken = default)
    {
        var stewarded = ReadRecordsAsync(cancellationToken);
        var agencyKinds = ReadAllAsync(tables.AgencyKinds, cancellationToken);
        var services = ReadAllAsync(tables.Services, cancellationToken);
        var regions = ReadAllAsync(tables.Regions, cancellationToken);
        var holidays = ReadAllAsync(tables.Holidays, cancellationToken);

        var rows = (await stewarded).ToLookup(r => StewardedPartition.KindOf(r.RowKey));
        var countersByMpp = rows[StewardedRowKind.Counter].ToLookup(c => StewardedPartition.MppOfCounter(c.RowKey), StringComparer.Ordinal);
        return DirectoryFingerprint.Canonical(new DirectoryData(
            [.. rows[StewardedRowKind.Mpp].Select(m => DirectoryEntities.ToMpp(m, countersByMpp[m.RowKey]))],
            [.. (await agencyKinds).Select(DocumentEntity.Read<AgencyKind>)],
            [.. (await services).Select(DocumentEntity.Read<Service>)],
            [.. rows[StewardedRowKind.Source].Select(DocumentEntity.Read<Source>)],
            [.. (await regions).Select(DirectoryEntities.ToRegion)],
            DirectoryEntities.ToHolidays(await holidays)));
    }

    /// <summary>
    /// Makes the stored directory equal to <paramref name="data"/>: adds, replaces and deletes only
    /// what differs (so a second run writes nothing), then records the new data version.
    /// </summary>
    public async Task<SyncResult> SyncAsync(DirectoryData data, CancellationToken cancellationToken = default)
    {
        await CreateTablesIfNotExistsAsync(cancellationToken);

        var plans = new (TableClient Table, IEnumerable<TableEntity> Desired)[]
        {
            (tables.AgencyKinds, data.AgencyKinds.Select(DirectoryEntities.FromAgencyKind)),
            (tables.Services, data.Services.Select(DirectoryEntities.FromService)),
            (tables.Regions, data.Regions.Select(DirectoryEntities.FromRegion)),
            (tables.Holidays, DirectoryEntities.FromHolidays(data.Holidays)),
            (tables.Mpps, data.Mpps.Select(DirectoryEntities.FromMpp)
                .Concat(data.Mpps.SelectMany(DirectoryEntities.FromCounters))
                .Concat(data.Sources.Select(DirectoryEntities.FromSource))),
        };

        var total = new TableChanges();
        foreach (var (table, desired) in plans)
        {
            // The audit trail shares the MPPs' partition; a sync never reads or touches it.
            var current = table == tables.Mpps ? await ReadRecordsAsync(cancellationToken) : await ReadAllAsync(table, cancellationToken);
            var changes = TableChanges.Between([.. desired], current);
            await changes.ApplyAsync(table, cancellationToken);
            total += changes;
        }

        var version = await PublishVersionAsync(data, cancellationToken);

        return new SyncResult(total.Added, total.Replaced, total.Deleted, total.Unchanged, version);
    }

    /// <summary>
    /// Makes what the tables hold now the served data version: its snapshot, then the version readers
    /// watch. Called after a steward's write. The stewarded partition takes several pages to read, and a
    /// write landing between them would mix two states; every write moves the trail head, so a read between
    /// two equal heads is whole. A publish never replaces the version of a later one.
    /// </summary>
    public async Task<string> PublishCurrentAsync(CancellationToken cancellationToken = default)
    {
        var trail = new AuditedWrites(tables);
        for (var attempt = 1; ; attempt++)
        {
            var head = await trail.LastChangeAsync(cancellationToken);
            var data = await LoadAsync(cancellationToken);
            if (await trail.LastChangeAsync(cancellationToken) == head || attempt == MaxPublishReads)
            {
                return await PublishVersionAsync(data, cancellationToken, head);
            }
        }
    }

    /// <summary>The snapshot of <paramref name="data"/> first, then its version for readers: a version readers see always has one.</summary>
    /// <param name="change">The trail head the data was read at; a served version of a later head is left as it is.</param>
    private async Task<string> PublishVersionAsync(DirectoryData data, CancellationToken cancellationToken, long? change = null)
    {
        var version = DirectoryFingerprint.Of(data);
        if (!await snapshots.ExistsAsync(version, cancellationToken))
        {
            await snapshots.WriteAsync(data, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = await snapshots.ReadCurrentAsync(cancellationToken);
            if (current?.Version == version || (change is { } mine && current is { Change: var theirs } && theirs > mine))
            {
                return version; // already served, or a later write's publish came first
            }

            // Conditional on the blob as read, so two publishes settle on the later head.
            var next = new DataVersion(version, DateTimeOffset.UtcNow, change ?? current?.Change ?? 0);
            if (await snapshots.TryReplaceCurrentAsync(next, etag, cancellationToken))
            {
                await AfterServingAsync(data, version, current?.Version, cancellationToken);
                return version;
            }

            if (attempt == MaxPublishReads)
            {
                // An IOException, as storage that fails: a committed write still answers, and the next publish serves it.
                throw new IOException($"The served version kept changing: {MaxPublishReads} publishes of {version} lost the race.");
            }
        }
    }

    /// <summary>
    /// Once <paramref name="version"/> is served: its snapshot is made sure of (a concurrent publish's prune
    /// takes a snapshot it counts as older, such as one reused from before), then the snapshots no instance
    /// needs any more are deleted.
    /// </summary>
    private async Task AfterServingAsync(DirectoryData data, string version, string? previous, CancellationToken cancellationToken)
    {
        if (!await snapshots.ExistsAsync(version, cancellationToken))
        {
            await snapshots.WriteAsync(data, cancellationToken);
        }

        if (previous is null || previous == version)
        {
            return;
        }

        try
        {
            await snapshots.PruneAsync(version, previous, cancellationToken);
        }
        catch (Exception ex) when (StorageFailure.Is(ex))
        {
            // Housekeeping only: the version is served, and the next publish prunes what this one left.
        }
    }

    private static async Task<List<TableEntity>> ReadAllAsync(TableClient table, CancellationToken cancellationToken, string? filter = null)
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entities.Add(entity);
        }

        return entities;
    }

    /// <summary>The stewarded records (MPPs, counters, sources) without the audit trail.</summary>
    private async Task<List<TableEntity>> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        var ranges = await Task.WhenAll(StewardedPartition.RecordFilters.Select(filter => ReadAllAsync(tables.Mpps, cancellationToken, filter)));
        return [.. ranges.SelectMany(r => r)];
    }
}
