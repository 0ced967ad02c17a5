using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MppDirectory.Domain;

namespace MppDirectory.Storage.Records;

/// <summary>
/// The whole directory of one data version as one Brotli-compressed JSON blob, so that an instance
/// starts with one read instead of a scan of every table. The blob holds exactly the bytes the data
/// version is a hash of, so a reader can tell a true snapshot from any other blob of that name.
/// Beside the snapshots, <c>current.json</c> names the version served: readers need blobs only, never
/// the tables (the Native AOT read edition cannot use the Tables SDK). Snapshots are kept only while an
/// instance may load them (<see cref="PruneAsync"/>); published dataset versions are the permanent record.
/// </summary>
public sealed class SnapshotStore(BlobContainerClient container)
{
    // Beside the dataset versions ("1.2.0/…"), which can never be named like this folder.
    private const string Folder = "read-model/";

    private const string CurrentName = Folder + "current.json";

    private const string SnapshotSuffix = ".json.br";

    public static string BlobName(string version) => $"{Folder}{version}{SnapshotSuffix}";

    public static SnapshotStore From(StorageClients clients) => new(clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer));

    /// <summary>The version served; null when the directory was never published.</summary>
    public async Task<DataVersion?> CurrentAsync(CancellationToken cancellationToken = default) =>
        (await ReadCurrentAsync(cancellationToken)).Version;

    /// <summary>The version served and the ETag of the blob that names it, for <see cref="TryReplaceCurrentAsync"/>.</summary>
    public async Task<(DataVersion? Version, ETag? ETag)> ReadCurrentAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await container.GetBlobClient(CurrentName).DownloadContentAsync(cancellationToken);
            var version = JsonSerializer.Deserialize(download.Value.Content.ToMemory().Span, StorageJson.Options.TypeInfo<DataVersion>())
                ?? throw new InvalidDataException($"{CurrentName} holds null.");
            return (version, download.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, null); // never published, or the container itself is missing
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{CurrentName} is not a served version.", ex);
        }
    }

    /// <summary>
    /// Names <paramref name="next"/> the version served, only if the blob is still as read (<paramref name="read"/>,
    /// null: absent); false when another publish changed it meanwhile.
    /// </summary>
    /// <remarks>Called after the version's snapshot is written, so the container exists.</remarks>
    public async Task<bool> TryReplaceCurrentAsync(DataVersion next, ETag? read, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.GetBlobClient(CurrentName).UploadAsync(
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(next, StorageJson.Options.TypeInfo<DataVersion>())),
                new BlobUploadOptions
                {
                    Conditions = read is { } etag ? new BlobRequestConditions { IfMatch = etag } : new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json", CacheControl = "no-cache" },
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<bool> ExistsAsync(string version, CancellationToken cancellationToken = default)
    {
        try
        {
            return await container.GetBlobClient(BlobName(version)).ExistsAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false; // the container itself is missing
        }
    }

    /// <summary>Writes the snapshot of <paramref name="data"/> once; a version's snapshot never changes.</summary>
    public async Task WriteAsync(DirectoryData data, CancellationToken cancellationToken = default)
    {
        var json = DirectoryFingerprint.CanonicalJson(data);
        var version = DirectoryFingerprint.Of(json);
        using var compressed = new MemoryStream();
        await using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await brotli.WriteAsync(json, cancellationToken);
        }

        compressed.Position = 0;
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await container.GetBlobClient(BlobName(version)).UploadAsync(
                compressed,
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json", ContentEncoding = "br" },
                },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Written already, by this process earlier or by another writer of the same data.
        }
    }

    /// <summary>
    /// The directory at <paramref name="version"/>; null when no snapshot of it exists or the blob's
    /// content does not hash to that version.
    /// </summary>
    public async Task<DirectoryData?> ReadAsync(string version, CancellationToken cancellationToken = default)
    {
        byte[] json;
        try
        {
            var download = await container.GetBlobClient(BlobName(version)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var brotli = new BrotliStream(download.Value.Content, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            await brotli.CopyToAsync(buffer, cancellationToken);
            json = buffer.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null; // not Brotli: not a snapshot
        }

        return DirectoryFingerprint.Of(json) == version
            ? JsonSerializer.Deserialize(json, DirectoryJson.Options.TypeInfo<DirectoryData>())
            : null;
    }

    /// <summary>
    /// Deletes the snapshots no instance needs any more, now that <paramref name="served"/> is served and
    /// <paramref name="previous"/> was served before it: instances load the served one, and may still be
    /// loading the previous one, so both stay; every snapshot written before the previous one goes.
    /// Snapshots written since (a publish under way) stay for a later prune. Returns how many went.
    /// </summary>
    /// <remarks>
    /// Blob times have whole seconds, so a snapshot written in the same second as the previous one counts as
    /// older: a publish whose snapshot a prune took that way writes it again after naming it served
    /// (<see cref="DirectoryStore"/>). Each delete is conditional on the blob as listed.
    /// </remarks>
    public async Task<int> PruneAsync(string served, string previous, CancellationToken cancellationToken = default)
    {
        var snapshots = new List<BlobItem>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Folder }, cancellationToken))
        {
            if (blob.Name.EndsWith(SnapshotSuffix, StringComparison.Ordinal))
            {
                snapshots.Add(blob);
            }
        }

        if (snapshots.FirstOrDefault(b => b.Name == BlobName(previous))?.Properties.LastModified is not { } previousWritten)
        {
            return 0; // without the previous snapshot there is nothing to tell older ones by
        }

        var deleted = 0;
        foreach (var blob in snapshots.Where(b => b.Name != BlobName(served) && b.Name != BlobName(previous) && b.Properties.LastModified <= previousWritten))
        {
            try
            {
                await container.DeleteBlobAsync(blob.Name, conditions: new BlobRequestConditions { IfMatch = blob.Properties.ETag }, cancellationToken: cancellationToken);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Deleted by another publish's prune, or written again since it was listed.
            }
        }

        return deleted;
    }
}
