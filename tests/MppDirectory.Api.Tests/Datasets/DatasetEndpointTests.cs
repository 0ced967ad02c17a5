using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using MppDirectory.Api.Tests.Http;

namespace MppDirectory.Api.Tests.Datasets;

public sealed class DatasetEndpointTests(DatasetApiFixture fixture) : IClassFixture<DatasetApiFixture>
{
    private HttpClient Client => fixture.Api.Client;

    [Fact]
    public async Task ListShowsPublishedVersionsWithRowsFilesAndHashes()
    {
        var page = await Client.GetJsonAsync("/api/v1/datasets");

        var oldest = page.GetProperty("items").EnumerateArray().Last();
        Assert.Equal(fixture.FirstVersion, oldest.GetProperty("version").GetString());
        Assert.Equal("initial", oldest.GetProperty("changes").GetProperty("bump").GetString());
        Assert.Contains(oldest.GetProperty("tables").EnumerateArray(), t => t.GetProperty("table").GetString() == "mpps" && t.GetProperty("rows").GetInt32() == 4);
        var csv = oldest.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "mpps.csv");
        Assert.Equal(64, csv.GetProperty("sha256").GetString()!.Length);
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/datasets/{fixture.FirstVersion}/mpps.csv", csv.GetProperty("url").GetString());
        Assert.True(csv.GetProperty("bytes").GetInt64() > 0);
    }

    [Fact]
    public async Task DownloadingAFileTwiceGivesIdenticalBytesWithEtagLengthAndFilename()
    {
        var url = $"/api/v1/datasets/{fixture.FirstVersion}/mpps.csv";

        using var first = await Client.GetAsync(url);
        using var second = await Client.GetAsync(url);

        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", first.Headers.ETag?.Tag);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(bytes.Length, first.Content.Headers.ContentLength);
        Assert.Equal("text/csv; charset=utf-8; header=present", first.Content.Headers.ContentType?.ToString());
        Assert.Equal($"attachment; filename=\"mpp-directory-{fixture.FirstVersion}-mpps.csv\"", first.Content.Headers.ContentDisposition?.ToString());
        Assert.Contains("immutable", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataPackageHashesMatchTheDownloadedFiles()
    {
        using var descriptor = JsonDocument.Parse(await Client.GetByteArrayAsync($"/api/v1/datasets/{fixture.FirstVersion}/datapackage.json"));

        foreach (var resource in descriptor.RootElement.GetProperty("resources").EnumerateArray())
        {
            var bytes = await Client.GetByteArrayAsync($"/api/v1/datasets/{fixture.FirstVersion}/{resource.GetProperty("path").GetString()}");
            Assert.Equal(resource.GetProperty("bytes").GetInt64(), bytes.LongLength);
            Assert.Equal(resource.GetProperty("hash").GetString(), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public async Task IfNoneMatchWithTheFilesHashAnswersNotModified()
    {
        var url = $"/api/v1/datasets/{fixture.FirstVersion}/mpp-directory.zip";
        using var full = await Client.GetAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(full.Headers.ETag!);
        using var conditional = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
        Assert.Equal(full.Headers.ETag, conditional.Headers.ETag);
    }

    [Fact]
    public async Task ARangeRequestGetsExactlyThoseBytes()
    {
        var url = $"/api/v1/datasets/{fixture.FirstVersion}/mpp-directory.zip";
        var whole = await Client.GetByteArrayAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(1000, 1999);
        using var partial = await Client.SendAsync(request);
        using var tailRequest = new HttpRequestMessage(HttpMethod.Get, url);
        tailRequest.Headers.Range = new RangeHeaderValue(null, 100);
        using var tail = await Client.SendAsync(tailRequest);

        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(whole[1000..2000], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 1000-1999/{whole.Length}", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(1000, partial.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.PartialContent, tail.StatusCode);
        Assert.Equal(whole[^100..], await tail.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ARangeBeyondTheFileIsNotSatisfiable()
    {
        var url = $"/api/v1/datasets/{fixture.FirstVersion}/mpps.csv";
        var length = (await Client.GetByteArrayAsync(url)).Length;

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(length + 10, length + 20);
        using var response = await Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestedRangeNotSatisfiable);
        Assert.Equal($"bytes */{length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task IfRangeWithAnotherTagGetsTheWholeFile()
    {
        var url = $"/api/v1/datasets/{fixture.FirstVersion}/mpps.csv";
        var whole = await Client.GetByteArrayAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(0, 9);
        request.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"not-this-file\""));
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(whole, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task LatestRedirectsToTheNewestConcreteVersion()
    {
        var newest = (await Client.GetJsonAsync("/api/v1/datasets")).GetProperty("items")[0].GetProperty("version").GetString();

        using var file = await Client.GetAsync("/api/v1/datasets/latest/mpps.csv");
        using var manifest = await Client.GetAsync("/api/v1/datasets/latest");

        Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/datasets/{newest}/mpps.csv", file.Headers.Location?.OriginalString);
        Assert.Equal("public, max-age=60", file.Headers.CacheControl?.ToString());
        Assert.Equal($"{ApiFixture.PublicBaseUrl}/api/v1/datasets/{newest}", manifest.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ADataChangeMakesANewVersionAndTheOldOneStaysDownloadable()
    {
        var oldUrl = $"/api/v1/datasets/{fixture.FirstVersion}/mpps.csv";
        var oldBytes = await Client.GetByteArrayAsync(oldUrl);
        var langsa = fixture.Api.Seed.Mpps.Single(m => m.Id == "kota-langsa");
        var changed = fixture.Api.Seed with { Mpps = [.. fixture.Api.Seed.Mpps.Where(m => m != langsa), langsa with { Floors = 3 }] };
        await fixture.Api.Store.SyncAsync(changed);

        var publication = await fixture.Publisher.PublishAsync(changed);
        var again = await fixture.Publisher.PublishAsync(changed);

        Assert.True(publication.Created);
        Assert.False(again.Created);
        Assert.Equal(publication.Manifest.Version, again.Manifest.Version);
        Assert.Equal("patch", (await Client.GetJsonAsync($"/api/v1/datasets/{publication.Manifest.Version}")).GetProperty("changes").GetProperty("bump").GetString());
        Assert.Equal(oldBytes, await Client.GetByteArrayAsync(oldUrl));
        var newBytes = await Client.GetByteArrayAsync($"/api/v1/datasets/{publication.Manifest.Version}/mpps.csv");
        Assert.NotEqual(oldBytes, newBytes);
        var versions = (await Client.GetJsonAsync("/api/v1/datasets")).GetProperty("items").Strings("version");
        Assert.Equal([publication.Manifest.Version, fixture.FirstVersion], versions.Take(2));
    }

    [Fact]
    public async Task UnknownVersionOrFileIsProblemNotFound()
    {
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/api/v1/datasets/99.0.0"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/api/v1/datasets/99.0.0/mpps.csv"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await Client.GetAsync($"/api/v1/datasets/{fixture.FirstVersion}/passwords.csv"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/datasets/v1")]
    [InlineData("/api/v1/datasets/1.0/mpps.csv")]
    [InlineData("/api/v1/datasets/01.0.0/mpps.csv")]
    public async Task BadVersionSyntaxIsValidationProblemNamingVersion(string url)
    {
        var body = await ProblemAssert.IsProblemAsync(await Client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.True(body.GetProperty("errors").TryGetProperty("version", out _));
    }
}
