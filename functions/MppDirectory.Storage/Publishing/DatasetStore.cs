using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MppDirectory.Datasets;
using MppDirectory.Datasets.Package;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Domain;
using MppDirectory.Storage.Records;

namespace MppDirectory.Storage.Publishing;

/// <summary>
/// Dataset versions: one row per version with its manifest in <c>{prefix}Datasets</c> (Table Storage),
/// and each file a blob <c>{version}/{file}</c> in the dataset container, written once with
/// <c>If-None-Match: *</c> so that a published file can never be overwritten. A version is claimed,
/// its files written, and only then marked published, so readers never see part of a version.
/// Published versions are also listed newest first: a second row per version, in the same partition,
/// whose key is its place in publish order counted down (<c>~newest-first~9999999998</c> for the first),
/// so the newest version is the first row, a page of versions is one bounded range of rows, and the
/// newest row's place is how many there are. Marking a version published and listing it are one
/// transaction, which fails when another publish took that place first.
/// </summary>
public sealed class DatasetStore
{
    private const string VersionPartition = "version";
    private const string Published = "published";
    private const string Writing = "writing";
    private const string Sha256Metadata = "sha256";

    // Listed rows sort after every version number ('~' follows the digits) and each other newest first.
    private const string ListedPrefix = "~newest-first~";
    private const string ListedEnd = ListedPrefix + "~";
    private const long MaxPlace = 9_999_999_999;
    private const string PlaceProperty = "Place";

    /// <summary>How much of a file a download holds in memory at once.</summary>
    private const int ReadBufferBytes = 256 * 1024;

    /// <summary>A claim older than this belongs to a publish that died; a new publish may take it over.</summary>
    private static readonly TimeSpan AbandonedClaim = TimeSpan.FromMinutes(15);

    private readonly TableClient _versions;
    private readonly BlobContainerClient _files;

    public DatasetStore(StorageClients clients)
        : this(clients.Tables.GetTableClient(clients.Options.TablePrefix + "Datasets"), clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer))
    {
    }

    public DatasetStore(TableClient versions, BlobContainerClient files)
    {
        _versions = versions;
        _files = files;
    }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        await _versions.CreateIfNotExistsAsync(cancellationToken);
        await _files.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// One page of published versions, newest first, and how many there are: two reads of at most
    /// <paramref name="perPage"/> rows, however many versions exist.
    /// </summary>
    public async Task<DatasetVersionPage> ListAsync(int page, int perPage, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perPage, 1);
        var newest = await GetNewestAsync(cancellationToken);
        var count = checked((int)(newest?.Place ?? 0));
        var first = count - ((long)(page - 1) * perPage); // the place of this page's newest version
        if (first < 1)
        {
            return new DatasetVersionPage([], count);
        }

        var last = Math.Max(1, first - perPage + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {VersionPartition} and RowKey ge {ListedKey(first)} and RowKey le {ListedKey(last)}");
        var versions = new List<DatasetManifest>(perPage);
        await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, maxPerPage: perPage, cancellationToken: cancellationToken))
        {
            versions.Add(ReadManifest(entity));
        }

        return new DatasetVersionPage(versions, count);
    }

    /// <summary>The newest published version (one read of one row); null before the first publish.</summary>
    public async Task<DatasetManifest?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        (await GetNewestAsync(cancellationToken))?.Manifest;

    /// <summary>
    /// Lists, in SemVer order, the versions a build before the newest-first rows published, when nothing is
    /// listed yet: a one-time read of every version row (a store with none costs one read). Returns how many
    /// it listed.
    /// </summary>
    public async Task<int> ListUnlistedVersionsAsync(CancellationToken cancellationToken = default)
    {
        if (await GetNewestAsync(cancellationToken) is not null)
        {
            return 0;
        }

        var published = new List<TableEntity>();
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {VersionPartition} and RowKey lt {ListedPrefix} and State eq {Published}");
            await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                published.Add(entity);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0; // nothing was ever published: the table does not exist yet
        }

        var oldestFirst = published.OrderBy(e => SemanticVersion.Parse(e.RowKey)).ToList();
        try
        {
            await TableBatches.SubmitAsync(
                _versions,
                oldestFirst.Select((entity, i) => new TableTransactionAction(TableTransactionActionType.Add, ListedEntity(i + 1, entity.RowKey, entity.GetString("Manifest")))),
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // Another publish listed them first.
        }

        return oldestFirst.Count;
    }

    /// <summary>One published version; null when there is none with this number.</summary>
    public async Task<DatasetManifest?> GetAsync(string version, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = await _versions.GetEntityIfExistsAsync<TableEntity>(VersionPartition, version, cancellationToken: cancellationToken);
            return entity.HasValue && entity.Value!.GetString("State") == Published ? ReadManifest(entity.Value) : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The blob that holds a file of a version.</summary>
    public static string BlobName(string version, string file) => $"{version}/{file}";

    /// <summary>
    /// A seekable stream over a stored file that reads the blob in pieces (for downloads and ranges);
    /// null when the version has no such file. Throws when the blob's size or recorded SHA-256 differs
    /// from the manifest.
    /// </summary>
    public async Task<Stream?> OpenFileAsync(DatasetManifest manifest, string file, CancellationToken cancellationToken = default)
    {
        var entry = manifest.Files.SingleOrDefault(f => f.Name == file);
        if (entry is null)
        {
            return null;
        }

        var blob = _files.GetBlobClient(BlobName(manifest.Version, file));
        BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        if (properties.ContentLength != entry.Bytes
            || !properties.Metadata.TryGetValue(Sha256Metadata, out var sha256) || sha256 != entry.Sha256)
        {
            throw new InvalidDataException($"Stored file {blob.Name} does not match its manifest (size or SHA-256).");
        }

        return await blob.OpenReadAsync(
            new BlobOpenReadOptions(allowModifications: false)
            {
                BufferSize = ReadBufferBytes,
                Conditions = new BlobRequestConditions { IfMatch = properties.ETag },
            },
            cancellationToken);
    }

    /// <summary>A file's bytes, checked against the manifest's SHA-256; null when the version has no such file.</summary>
    public async Task<byte[]?> ReadFileAsync(DatasetManifest manifest, string file, CancellationToken cancellationToken = default)
    {
        var entry = manifest.Files.SingleOrDefault(f => f.Name == file);
        if (entry is null)
        {
            return null;
        }

        var content = (await _files.GetBlobClient(BlobName(manifest.Version, file)).DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
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

    /// <summary>
    /// Stores a built version: claims its number, writes every file once, then publishes it in one
    /// write. Throws when the version is published or being published already.
    /// </summary>
    public async Task SaveAsync(DatasetBuild build, CancellationToken cancellationToken = default)
    {
        await CreateIfNotExistsAsync(cancellationToken);
        var newest = await GetNewestAsync(cancellationToken);
        if (newest?.Manifest.Version != build.Manifest.Changes.PreviousVersion)
        {
            throw new InvalidOperationException(
                $"Dataset version {build.Release.Version} follows {build.Manifest.Changes.PreviousVersion ?? "no version"}, but the newest is {newest?.Manifest.Version ?? "none"}.");
        }

        var claim = await ClaimAsync(build.Release, cancellationToken);

        foreach (var file in build.Files)
        {
            await UploadOnceAsync(build.Release, file, cancellationToken);
        }

        var manifest = JsonSerializer.Serialize(build.Manifest, StorageJson.Options.TypeInfo<DatasetManifest>());
        var published = VersionEntity(build.Release, Published);
        published["Manifest"] = manifest;
        try
        {
            await _versions.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, published, claim),
                    new TableTransactionAction(TableTransactionActionType.Add, ListedEntity((newest?.Place ?? 0) + 1, build.Release.Version, manifest)),
                ],
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new InvalidOperationException($"Another dataset version was published after {newest?.Manifest.Version ?? "none"} before {build.Release.Version}.", ex);
        }
    }

    private async Task UploadOnceAsync(DatasetRelease release, DatasetFile file, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            // Never replace a blob: a published file's bytes are what citations point at.
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = file.MediaType,
                ContentDisposition = $"attachment; filename=\"{release.DownloadName(file.Name)}\"",
            },
            Metadata = new Dictionary<string, string> { [Sha256Metadata] = file.Sha256 },
            // The service checks the bytes it received against this hash before it stores them.
            TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
        };
        var blob = _files.GetBlobClient(BlobName(release.Version, file.Name));
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(file.Bytes), options, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A retry after a write that landed but whose answer was lost finds its own bytes: that is done.
            // Anything else in the way is never replaced.
            BlobProperties existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            if (!existing.Metadata.TryGetValue(Sha256Metadata, out var sha256) || sha256 != file.Sha256 || existing.ContentLength != file.Length)
            {
                throw;
            }
        }
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
            var existing = (await _versions.GetEntityAsync<TableEntity>(VersionPartition, release.Version, cancellationToken: cancellationToken)).Value;
            if (existing.GetString("State") == Published || existing.GetDateTimeOffset("ClaimedAt") > release.Created - AbandonedClaim)
            {
                throw new InvalidOperationException($"Dataset version {release.Version} is already published or being published.", ex);
            }

            Response retaken;
            try
            {
                retaken = await _versions.UpdateEntityAsync(VersionEntity(release, Writing), existing.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException lost) when (lost.Status == 412)
            {
                throw new InvalidOperationException($"Dataset version {release.Version} was taken over by another publish.", lost);
            }

            await DeleteUnpublishedFilesAsync(release.Version, cancellationToken);
            return retaken.Headers.ETag ?? ETag.All;
        }
    }

    /// <summary>What a publish that died left of a version no reader ever saw; the retaking publish writes it anew.</summary>
    private async Task DeleteUnpublishedFilesAsync(string version, CancellationToken cancellationToken)
    {
        await foreach (var blob in _files.GetBlobsAsync(new GetBlobsOptions { Prefix = version + "/" }, cancellationToken))
        {
            await _files.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
        }
    }

    private static TableEntity VersionEntity(DatasetRelease release, string state) => new(VersionPartition, release.Version)
    {
        ["State"] = state,
        ["ClaimedAt"] = release.Created,
        ["DataVersion"] = release.DataVersion,
    };

    /// <summary>The newest listed version and its place in publish order (how many versions there are); null before the first.</summary>
    private async Task<ListedVersion?> GetNewestAsync(CancellationToken cancellationToken)
    {
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {VersionPartition} and RowKey gt {ListedPrefix} and RowKey lt {ListedEnd}");
            await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
            {
                return new ListedVersion(ReadManifest(entity), entity.GetInt64(PlaceProperty) ?? throw new InvalidDataException($"Listed row {entity.RowKey} has no place."));
            }

            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // nothing was ever published: the table does not exist yet
        }
    }

    private static string ListedKey(long place) => ListedPrefix + (MaxPlace - place).ToString("D10", CultureInfo.InvariantCulture);

    private static TableEntity ListedEntity(long place, string version, string? manifest) => new(VersionPartition, ListedKey(place))
    {
        [PlaceProperty] = place,
        ["Version"] = version,
        ["Manifest"] = manifest,
    };

    private static DatasetManifest ReadManifest(TableEntity entity) =>
        JsonSerializer.Deserialize(entity.GetString("Manifest") ?? "", StorageJson.Options.TypeInfo<DatasetManifest>())
        ?? throw new InvalidDataException($"Dataset version {entity.RowKey} has no manifest.");
}

/// <summary>One page of published versions, newest first, and how many versions there are in all.</summary>
public sealed record DatasetVersionPage(IReadOnlyList<DatasetManifest> NewestFirst, int TotalCount);

/// <summary>A published version and its place in publish order, from 1.</summary>
internal sealed record ListedVersion(DatasetManifest Manifest, long Place);
