using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace MppDirectory.Api.Tests.Http;

public sealed class CompressionTests(Datasets.DatasetApiFixture fixture) : IClassFixture<Datasets.DatasetApiFixture>
{
    private HttpClient Client => fixture.Api.Client;

    private async Task<HttpResponseMessage> GetAsync(string url, string? encoding, RangeHeaderValue? range = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        request.Headers.Range = range;
        return await Client.SendAsync(request);
    }

    // Whether the answer carries an ETag: every one does but the contract itself.
    [Theory]
    [InlineData("/api/v1/mpps?per_page=100", "br", true)]
    [InlineData("/api/v1/mpps?per_page=100", "gzip", true)]
    [InlineData("/api/openapi.json", "br", false)]
    [InlineData("/api/v1/datasets/1.0.0/regions.csv", "gzip", true)]
    [InlineData("/api/v1/datasets/1.0.0/regions.ndjson", "br", true)]
    public async Task CompressedAnswersDecodeToTheSameBytes(string url, string encoding, bool tagged)
    {
        using var plain = await GetAsync(url, null);
        using var compressed = await GetAsync(url, encoding);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var encoded = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.True(encoded.Length < plainBytes.Length / 2, $"{encoded.Length} of {plainBytes.Length} bytes");
        Assert.Equal(plainBytes, Decode(encoded, encoding));

        Assert.Equal(tagged, plain.Headers.ETag is not null);
        Assert.Equal(tagged, compressed.Headers.ETag is not null);
        if (!tagged)
        {
            return;
        }

        // Other bytes, so another strong tag; sent back, it still finds the answer unchanged.
        Assert.Equal(plain.Headers.ETag!.Tag.TrimEnd('"') + "-" + encoding + "\"", compressed.Headers.ETag!.Tag);
        var (_, operation) = OpenApi.ContractDocument.OperationFor("get", url);
        Assert.Matches(operation.ActualResponses["200"].Headers["ETag"].Schema.Pattern, compressed.Headers.ETag.Tag); // as the contract says
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.AcceptEncoding.ParseAdd(encoding);
        conditional.Headers.IfNoneMatch.Add(compressed.Headers.ETag);
        using var notModified = await Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task AZipIsNotCompressedAgainNorIsARange()
    {
        using var zip = await GetAsync($"/api/v1/datasets/{fixture.FirstVersion}/mpp-directory.zip", "br, gzip");
        using var range = await GetAsync($"/api/v1/datasets/{fixture.FirstVersion}/regions.csv", "br, gzip", new RangeHeaderValue(0, 99));

        Assert.Empty(zip.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Empty(range.Content.Headers.ContentEncoding);
        Assert.Equal(100, (await range.Content.ReadAsByteArrayAsync()).Length);
    }

    private static byte[] Decode(byte[] encoded, string encoding)
    {
        using var input = new MemoryStream(encoded);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
