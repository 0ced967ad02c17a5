using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using MppDirectory.Datasets;
using MppDirectory.Datasets.Package;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Domain;
using MppDirectory.Tables;

namespace MppDirectory.Api.Storage;

/// <summary>
/// Stores dataset versions in Table Storage (there is no blob client here). <c>{prefix}Datasets</c> holds
/// one row per version with its manifest; <c>{prefix}DatasetFiles</c> holds each file's bytes in chunks:
/// partition = version, row = <c>{file}:{chunk:D5}</c>, up to eight 64 KiB binary properties per row.
/// A version is claimed, its chunks written in entity-group transactions, and only then marked
/// published, so readers never see part of a version. Reads check each file's size and SHA-256.
/// </summary>
public sealed class DatasetStore(TableServiceClient service, string prefix)
{
    private const string VersionPartition = "version";
    private const string Published = "published";
    private const string Writing = "writing";

    // The service allows 64 KiB per binary property, 1 MiB per entity and 4 MiB per transaction body
    // (binary travels as base64, a third larger): 8 x 64 KiB per entity and 2 MiB per transaction stay well inside.
    private const int ChunkBytes = 64 * 1024;
    private const int ChunksPerEntity = 8;
    private const int MaxTransactionBytes = 2 * 1024 * 1024;

    /// <summary>A claim older than this belongs to a publish that died; a new publish may take it over.</summary>
    private static readonly TimeSpan AbandonedClaim = TimeSpan.FromMinutes(15);

    private readonly TableClient _versions = service.GetTableClient(prefix + "Datasets");
    private readonly TableClient _files = service.GetTableClient(prefix + "DatasetFiles");

    public async Task CreateTablesIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        await _versions.CreateIfNotExistsAsync(cancellationToken);
        await _files.CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>Published versions, newest first.</summary>
    public async Task<IReadOnlyList<DatasetManifest>> ListAsync(CancellationToken cancellationToken = default)
    {
        var manifests = new List<DatasetManifest>();
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {VersionPartition} and State eq {Published}");
            await foreach (var entity in _versions.QueryAsync(filter, cancellationToken: cancellationToken))
            {
                manifests.Add(ReadManifest(entity));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return []; // nothing was ever published: the table does not exist yet
        }

        return [.. manifests.OrderByDescending(m => SemanticVersion.Parse(m.Version))];
    }

    /// <summary>The newest published version; null before the first publish.</summary>
    public async Task<DatasetManifest?> GetLatestAsync(CancellationToken cancellationToken = default)
    {
        var versions = await ListAsync(cancellationToken);
        return versions.Count > 0 ? versions[0] : null;
    }

    /// <summary>One published version; null when there is none with this number.</summary>
    public async Task<DatasetManifest?> GetAsync(string version, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = await _versions.GetEntityIfExistsAsync(VersionPartition, version, cancellationToken: cancellationToken);
            return entity.HasValue && entity.Value!.GetString("State") == Published ? ReadManifest(entity.Value) : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>A file's bytes as stored; null when the version has no such file. Throws when the bytes do not match the manifest.</summary>
    public async Task<byte[]?> ReadFileAsync(DatasetManifest manifest, string file, CancellationToken cancellationToken = default)
    {
        var entry = manifest.Files.SingleOrDefault(f => f.Name == file);
        if (entry is null)
        {
            return null;
        }

        // Row keys of a file run from "{file}:00000" to before "{file};" (';' sorts right after ':').
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {manifest.Version} and RowKey ge {file + ":"} and RowKey lt {file + ";"}");
        using var bytes = new MemoryStream();
        var chunks = new List<TableEntity>();
        await foreach (var entity in _files.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            chunks.Add(entity);
        }

        foreach (var entity in chunks.OrderBy(e => e.RowKey, StringComparer.Ordinal))
        {
            for (var i = 0; i < ChunksPerEntity && entity.GetBinary(DataProperty(i)) is { } data; i++)
            {
                bytes.Write(data);
            }
        }

        var content = bytes.ToArray();
        if (content.LongLength != entry.Bytes || Convert.ToHexStringLower(SHA256.HashData(content)) != entry.Sha256)
        {
            throw new InvalidDataException($"Stored file {manifest.Version}/{file} does not match its manifest (size or SHA-256).");
        }

        return content;
    }

    /// <summary>The tables of a published version, read back from its datapackage.json and table JSON files.</summary>
    public async Task<IReadOnlyList<TableSnapshot>> ReadSnapshotAsync(DatasetManifest manifest, CancellationToken cancellationToken = default)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in manifest.Files.Where(f => f.Name == DataPackageWriter.FileName || manifest.Tables.Any(t => DatasetLayout.JsonFile(t.Table) == f.Name)))
        {
            files[entry.Name] = (await ReadFileAsync(manifest, entry.Name, cancellationToken))!;
        }

        return DatasetSnapshot.Read(files[DataPackageWriter.FileName], name => files[name]);
    }

    /// <summary>Stores a built version: claims its number, writes every file, then publishes it in one write.</summary>
    public async Task SaveAsync(DatasetBuild build, CancellationToken cancellationToken = default)
    {
        await CreateTablesIfNotExistsAsync(cancellationToken);
        var claim = await ClaimAsync(build.Release, cancellationToken);

        foreach (var batch in Batches(build.Files.SelectMany(f => Chunks(build.Release.Version, f))))
        {
            await _files.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }

        var published = VersionEntity(build.Release, Published);
        published["Manifest"] = JsonSerializer.Serialize(build.Manifest, DirectoryJson.Options);
        await _versions.UpdateEntityAsync(published, claim, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<ETag> ClaimAsync(DatasetRelease release, CancellationToken cancellationToken)
    {
        try
        {
            var added = await _versions.AddEntityAsync(VersionEntity(release, Writing), cancellationToken);
            return added.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await _versions.GetEntityAsync(VersionPartition, release.Version, cancellationToken: cancellationToken)).Value;
            if (existing.GetString("State") == Published || existing.GetDateTimeOffset("ClaimedAt") > release.Created - AbandonedClaim)
            {
                throw new InvalidOperationException($"Dataset version {release.Version} is already published or being published.", ex);
            }

            var retaken = await _versions.UpdateEntityAsync(VersionEntity(release, Writing), existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return retaken.Headers.ETag ?? ETag.All;
        }
    }

    private static TableEntity VersionEntity(DatasetRelease release, string state) => new(VersionPartition, release.Version)
    {
        ["State"] = state,
        ["ClaimedAt"] = release.Created,
        ["DataVersion"] = release.DataVersion,
    };

    private static IEnumerable<TableEntity> Chunks(string version, DatasetFile file)
    {
        var entityBytes = ChunkBytes * ChunksPerEntity;
        var count = Math.Max(1, (int)((file.Length + entityBytes - 1) / entityBytes));
        for (var index = 0; index < count; index++)
        {
            var entity = new TableEntity(version, $"{file.Name}:{index:D5}");
            var start = index * entityBytes;
            for (var i = 0; i < ChunksPerEntity && start + (i * ChunkBytes) < file.Length; i++)
            {
                var offset = start + (i * ChunkBytes);
                entity[DataProperty(i)] = file.Bytes[offset..Math.Min(offset + ChunkBytes, file.Bytes.Length)];
            }

            yield return entity;
        }
    }

    /// <summary>Groups entities into transactions of at most 100 actions and <see cref="MaxTransactionBytes"/>.</summary>
    private static IEnumerable<List<TableEntity>> Batches(IEnumerable<TableEntity> entities)
    {
        var batch = new List<TableEntity>();
        long size = 0;
        foreach (var entity in entities)
        {
            var bytes = Enumerable.Range(0, ChunksPerEntity).Sum(i => entity.GetBinary(DataProperty(i))?.LongLength ?? 0);
            if (batch.Count > 0 && (batch.Count == 100 || size + bytes > MaxTransactionBytes))
            {
                yield return batch;
                batch = [];
                size = 0;
            }

            batch.Add(entity);
            size += bytes;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static string DataProperty(int index) => "Data" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static DatasetManifest ReadManifest(TableEntity entity) =>
        JsonSerializer.Deserialize<DatasetManifest>(entity.GetString("Manifest") ?? "", DirectoryJson.Options)
        ?? throw new InvalidDataException($"Dataset version {entity.RowKey} has no manifest.");
}
