using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Storage;
using MppDirectory.Datasets;
using MppDirectory.Datasets.Versioning;

namespace MppDirectory.Api.Tests.Datasets;

public sealed class DatasetStoreTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task FilesLargerThanOneEntityAndOneTransactionReadBackWhole()
    {
        var store = api.Services.GetRequiredService<DatasetStore>();
        var large = new byte[3 * 1024 * 1024 + 12345];
        new Random(7).NextBytes(large);
        var files = new[] { new DatasetFile("large.bin", "application/octet-stream", large), new DatasetFile("empty.txt", "text/plain", []) };
        var release = new DatasetRelease("7.0.0", DateTimeOffset.UnixEpoch, "test");
        var manifest = new DatasetManifest(release.Version, release.Created, release.DataVersion, [],
            [.. files.Select(f => new DatasetFileEntry(f.Name, f.MediaType, f.Length, f.Sha256))],
            new DatasetChanges(null, VersionBump.Initial, []));

        await store.SaveAsync(new DatasetBuild(release, files, [], manifest));
        var stored = await store.GetAsync("7.0.0");

        Assert.NotNull(stored);
        Assert.Equal(large, await store.ReadFileAsync(stored, "large.bin"));
        Assert.Empty((await store.ReadFileAsync(stored, "empty.txt"))!);
        Assert.Null(await store.ReadFileAsync(stored, "missing.txt"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(new DatasetBuild(release, files, [], manifest)));
    }
}
