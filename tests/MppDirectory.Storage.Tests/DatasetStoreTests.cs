using System.Security.Cryptography;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using MppDirectory.Azurite;
using MppDirectory.Datasets;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Storage.Publishing;
using MppDirectory.Testing;

namespace MppDirectory.Storage.Tests;

public sealed class DatasetStoreTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Created = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private (DatasetStore Store, StorageClients Clients) NewStore()
    {
        var clients = StorageNames.Unique("d").ClientsFor(fixture.Azurite);
        return (new DatasetStore(clients), clients);
    }

    /// <summary>A store whose table client counts its requests and the rows they read.</summary>
    private (DatasetStore Store, RequestCounter Counter, TableClient Table) NewCountedStore()
    {
        var names = StorageNames.Unique("d");
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var table = new TableClient(fixture.Azurite.ConnectionString, names.TablePrefix + "Datasets", options);
        var files = names.ClientsFor(fixture.Azurite).Blobs.GetBlobContainerClient(names.DatasetContainer);
        return (new DatasetStore(table, files), counter, table);
    }

    private static DatasetBuild Build(string version, params DatasetFile[] files) => Build(version, previous: null, files);

    private static DatasetBuild Build(string version, string? previous, params DatasetFile[] files)
    {
        var release = new DatasetRelease(version, Created, "test");
        var manifest = new DatasetManifest(release.Version, release.Created, release.DataVersion, [],
            [.. files.Select(f => new DatasetFileEntry(f.Name, f.MediaType, f.Length, f.Sha256))],
            previous is null ? new DatasetChanges(null, VersionBump.Initial, []) : new DatasetChanges(previous, VersionBump.Patch, []));
        return new DatasetBuild(release, files, [], manifest);
    }

    /// <summary>Publishes 1.0.0, 1.0.1 … (each after the one before), oldest first; returns their numbers.</summary>
    private static async Task<List<string>> PublishPatchesAsync(DatasetStore store, int count)
    {
        var versions = new List<string>();
        for (var patch = 0; patch < count; patch++)
        {
            var version = $"1.0.{patch}";
            await store.SaveAsync(Build(version, versions.LastOrDefault(), new DatasetFile("a.csv", "text/csv", "x\r\n1\r\n"u8.ToArray())));
            versions.Add(version);
        }

        return versions;
    }

    [Theory]
    [InlineData(3)]
    [InlineData(25)]
    public async Task TheNewestVersionAndAPageOfVersionsCostTheSameFewReadsHoweverManyThereAre(int published)
    {
        var (store, counter, _) = NewCountedStore();
        var versions = await PublishPatchesAsync(store, published);

        counter.Reset();
        var latest = await store.GetLatestAsync();

        Assert.Equal(versions[^1], latest?.Version);
        Assert.Equal((Requests: 1, Rows: 1), counter.Read);

        counter.Reset();
        var page = await store.ListAsync(page: 2, perPage: 2);

        Assert.Equal(versions.AsEnumerable().Reverse().Skip(2).Take(2), page.NewestFirst.Select(v => v.Version));
        Assert.Equal(published, page.TotalCount);
        var (requests, rows) = counter.Read;
        Assert.Equal(2, requests); // the newest version (how many there are), then the page's range
        Assert.InRange(rows, 1, 1 + 2);
    }

    [Fact]
    public async Task PagesWalkEveryVersionNewestFirstInPublishOrder()
    {
        var (store, _, _) = NewCountedStore();
        var versions = await PublishPatchesAsync(store, 12); // 1.0.10 sorts before 1.0.2 as text, not as a version

        var walked = new List<string>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await store.ListAsync(number, perPage: 5);
            Assert.Equal(12, page.TotalCount);
            walked.AddRange(page.NewestFirst.Select(v => v.Version));
        }

        Assert.Equal(versions.AsEnumerable().Reverse(), walked);
        var pastTheEnd = await store.ListAsync(page: 4, perPage: 5);
        Assert.Empty(pastTheEnd.NewestFirst);
        Assert.Equal(12, pastTheEnd.TotalCount);
    }

    [Fact]
    public async Task AnEmptyStoreListsNothing()
    {
        var (store, _, _) = NewCountedStore();

        var page = await store.ListAsync(page: 1, perPage: 20);

        Assert.Null(await store.GetLatestAsync());
        Assert.Empty(page.NewestFirst);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task AVersionThatDoesNotFollowTheNewestIsRefusedAndNotListed()
    {
        // Two publishes that both built on 1.0.0: the second finds 1.1.0 newest and stops before writing anything.
        var (store, _, _) = NewCountedStore();
        await store.SaveAsync(Build("1.0.0", new DatasetFile("a.csv", "text/csv", "x\r\n1\r\n"u8.ToArray())));
        await store.SaveAsync(Build("1.1.0", "1.0.0", new DatasetFile("a.csv", "text/csv", "x\r\n2\r\n"u8.ToArray())));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.SaveAsync(Build("2.0.0", "1.0.0", new DatasetFile("a.csv", "text/csv", "y\r\n"u8.ToArray()))));

        Assert.Equal(["1.1.0", "1.0.0"], (await store.ListAsync(page: 1, perPage: 20)).NewestFirst.Select(v => v.Version));
        Assert.Null(await store.GetAsync("2.0.0"));
    }

    [Fact]
    public async Task VersionsAnOlderBuildPublishedAreListedOnceInVersionOrder()
    {
        // What a store written before the newest-first rows holds: only the version rows.
        var (store, _, table) = NewCountedStore();
        await PublishPatchesAsync(store, 11);
        await foreach (var listed in table.QueryAsync<TableEntity>("RowKey gt '~'"))
        {
            await table.DeleteEntityAsync(listed);
        }

        Assert.Null(await store.GetLatestAsync());

        Assert.Equal(11, await store.ListUnlistedVersionsAsync());
        Assert.Equal(0, await store.ListUnlistedVersionsAsync());

        var page = await store.ListAsync(page: 1, perPage: 3);
        Assert.Equal(["1.0.10", "1.0.9", "1.0.8"], page.NewestFirst.Select(v => v.Version));
        Assert.Equal(11, page.TotalCount);
        Assert.Equal("1.0.10", (await store.GetLatestAsync())?.Version);
    }

    [Fact]
    public async Task FilesAreBlobsNamedByVersionAndReadBackWhole()
    {
        var (store, clients) = NewStore();
        var large = new byte[(3 * 1024 * 1024) + 12345];
        new Random(7).NextBytes(large);
        var build = Build("7.0.0", new DatasetFile("large.bin", "application/octet-stream", large), new DatasetFile("empty.txt", "text/plain", []));

        await store.SaveAsync(build);
        var stored = await store.GetAsync("7.0.0");

        Assert.NotNull(stored);
        Assert.Equal(large, await store.ReadFileAsync(stored, "large.bin"));
        await using (var stream = await store.OpenFileAsync(stored, "large.bin"))
        {
            Assert.Equal(large.Length, stream!.Length);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(SHA256.HashData(large), SHA256.HashData(copy.ToArray()));
        }

        Assert.Empty((await store.ReadFileAsync(stored, "empty.txt"))!);
        Assert.Null(await store.OpenFileAsync(stored, "missing.txt"));

        var blobs = await clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer).GetBlobsAsync().Select(b => b.Name).ToListAsync();
        Assert.Equal(["7.0.0/empty.txt", "7.0.0/large.bin"], blobs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SavingAPublishedVersionAgainFailsAndChangesNothing()
    {
        var (store, clients) = NewStore();
        var build = Build("1.0.0", new DatasetFile("a.csv", "text/csv", "x\r\n1\r\n"u8.ToArray()));
        await store.SaveAsync(build);
        var blob = clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer).GetBlobClient("1.0.0/a.csv");
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;

        var other = Build("1.0.0", new DatasetFile("a.csv", "text/csv", "x\r\n2\r\n"u8.ToArray()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(other));

        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        Assert.Equal("x\r\n1\r\n"u8.ToArray(), await store.ReadFileAsync((await store.GetAsync("1.0.0"))!, "a.csv"));
    }

    [Fact]
    public async Task AnExistingBlobIsNeverOverwritten()
    {
        // A blob already at a version's name (put there by anyone): the publish fails rather than replace it.
        var (store, clients) = NewStore();
        var container = clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer);
        await container.CreateIfNotExistsAsync();
        var squatter = container.GetBlobClient("2.0.0/a.csv");
        await squatter.UploadAsync(BinaryData.FromString("already here"));
        var etag = (await squatter.GetPropertiesAsync()).Value.ETag;

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() =>
            store.SaveAsync(Build("2.0.0", new DatasetFile("a.csv", "text/csv", "x\r\n1\r\n"u8.ToArray()))));

        Assert.Equal(409, failure.Status);
        Assert.Equal(BlobErrorCode.BlobAlreadyExists.ToString(), failure.ErrorCode);
        Assert.Equal(etag, (await squatter.GetPropertiesAsync()).Value.ETag);
        Assert.Equal("already here", (await squatter.DownloadContentAsync()).Value.Content.ToString());
        Assert.Null(await store.GetAsync("2.0.0")); // never published
    }

    [Fact]
    public async Task AWriteThatLandedBeforeItsAnswerWasLostCountsAsDone()
    {
        // What a retry meets when the first upload was stored but its answer never came: its own bytes.
        var (store, clients) = NewStore();
        var file = new DatasetFile("a.csv", "text/csv", "x\r\n1\r\n"u8.ToArray());
        var container = clients.Blobs.GetBlobContainerClient(clients.Options.DatasetContainer);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("4.0.0/a.csv").UploadAsync(BinaryData.FromBytes(file.Bytes), new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["sha256"] = file.Sha256 } });

        await store.SaveAsync(Build("4.0.0", file));

        Assert.Equal(file.Bytes, await store.ReadFileAsync((await store.GetAsync("4.0.0"))!, "a.csv"));
    }

    [Fact]
    public async Task AFileWhoseBlobDiffersFromTheManifestIsRefused()
    {
        var (store, _) = NewStore();
        var build = Build("3.0.0", new DatasetFile("a.csv", "text/csv", "x\r\n1\r\n"u8.ToArray()));
        await store.SaveAsync(build);
        var manifest = (await store.GetAsync("3.0.0"))!;
        var tampered = manifest with { Files = [manifest.Files[0] with { Sha256 = new string('0', 64) }] };

        await Assert.ThrowsAsync<InvalidDataException>(() => store.OpenFileAsync(tampered, "a.csv"));
        await Assert.ThrowsAsync<InvalidDataException>(() => store.ReadFileAsync(tampered, "a.csv"));
    }
}
