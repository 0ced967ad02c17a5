using MppDirectory.Storage.Records;
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

namespace MppDirectory.Storage.Publishing;

/// <summary>
/// Dataset versions: one row per version with its manifest in <c>{prefix}Datasets</c> (Table Storage),
/// and each file a blob <c>{version}/{file}</c> in the dataset container, written once with
/// <c>If-None-Match: *</c> so that a published file can never be overwritten. A version is claimed,
/// its files written, and only then marked published, so readers never see part of a version.
/// </summary>
public sealed class DatasetStore
{
    private const string VersionPartition = "version";
    private const string Published = "published";
    private const string Writing = "writing";
    private const string Sha256Metadata = "sha256";

    /// <summary>How much of a file a download holds in memory at once.</summary>
    private const int ReadBufferBytes = 256 * 1024;

    /// <summary>A claim older than this belongs to a publish that died; a new publish may take it over.</summary>
    private static readonly TimeSpan AbandonedClaim = TimeSpan.FromMinutes(15);

    private readonly TableClient _versions;
    private readonly BlobContainerClient _files;

    public DatasetStore(StorageClients clients)
    {
        _versions = clients.Tables.GetTableClient(clients.Options.TablePrefix + "Datasets");
        _files = clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer);
    }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        await _versions.CreateIfNotExistsAsync(cancellationToken);
        await _files.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
    }

    /// <summary>Published versions, newest first.</summary>
    public async Task<IReadOnlyList<DatasetManifest>> ListAsync(CancellationToken cancellationToken = default)
    {
        var manifests = new List<DatasetManifest>();
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {VersionPartition} and State eq {Published}");
            await foreach (var entity in _versions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
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
        var claim = await ClaimAsync(build.Release, cancellationToken);

        foreach (var file in build.Files)
        {
            await UploadOnceAsync(build.Release, file, cancellationToken);
        }

        var published = VersionEntity(build.Release, Published);
        published["Manifest"] = JsonSerializer.Serialize(build.Manifest, StorageJson.Options.TypeInfo<DatasetManifest>());
        await _versions.UpdateEntityAsync(published, claim, TableUpdateMode.Replace, cancellationToken);
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

    private static DatasetManifest ReadManifest(TableEntity entity) =>
        JsonSerializer.Deserialize(entity.GetString("Manifest") ?? "", StorageJson.Options.TypeInfo<DatasetManifest>())
        ?? throw new InvalidDataException($"Dataset version {entity.RowKey} has no manifest.");
}
