using MppDirectory.Client;
using MppDirectory.Testing;

namespace MppDirectory.Api.Tests.Http;

/// <summary>Every read operation through the NSwag-generated .NET client, against the running API over the seed data.</summary>
public sealed class GeneratedClientTests(Datasets.DatasetApiFixture fixture) : IClassFixture<Datasets.DatasetApiFixture>
{
    // The client's base URL is the contract's server ("/"): the HttpClient's address completes it.
    private MppDirectoryClient Client => new(fixture.Api.Client);

    [Fact]
    public async Task EveryReadOperationAnswersThroughTheClient()
    {
        var client = Client;

        Assert.Equal(HealthStatus.Healthy, (await client.GetHealthAsync()).Status);
        Assert.Contains((await client.GetApiIndexAsync()).Resources, r => r.Name == "ListMpps");

        var mpps = await client.ListMppsAsync(1, 100, null, null, null, null, null, null, null, null);
        Assert.Equal(4, mpps.TotalCount);
        var pekalongan = await client.GetMppAsync("kota-pekalongan", null);
        Assert.Equal("kota-pekalongan", pekalongan.Id);
        Assert.NotEmpty((await client.ListMppCountersAsync("kota-pekalongan", 1, 20, null)).Items);
        Assert.False((await client.GetMppScheduleAsync("kota-pekalongan", null)).Hours.Known);

        Assert.NotEmpty((await client.ListAgenciesAsync(1, 20, "dukcapil", null)).Items);
        Assert.Equal("imigrasi", (await client.GetAgencyAsync("imigrasi")).Id);
        Assert.NotEmpty((await client.ListServicesAsync(1, 20, null)).Items);
        Assert.Equal("paspor", (await client.GetServiceAsync("paspor")).Id);
        Assert.NotEmpty((await client.SearchDirectoryAsync("paspor", 5)).Agencies);
        Assert.Equal(4, (await client.GetStatisticsAsync()).Statistics.National.Mpps);
        Assert.NotEmpty((await client.ListRegionsAsync(1, 20, null, null, null)).Items);
        var sources = await client.ListSourcesAsync(1, 20, null);
        Assert.NotEmpty(sources.Items);
        Assert.Equal(sources.Items.First().Id, (await client.GetSourceAsync(sources.Items.First().Id, null)).Id);
        Assert.NotNull(await client.ListNotesAsync(1, 20, null, null, null));
        Assert.NotNull(await client.GetHolidaysAsync(null));

        var versions = await client.ListDatasetVersionsAsync(1, 20);
        Assert.Equal(fixture.FirstVersion, (await client.GetDatasetVersionAsync(fixture.FirstVersion)).Version);
        Assert.Contains(versions.Items, v => v.Version == fixture.FirstVersion);
        using var file = await client.DownloadDatasetFileAsync(fixture.FirstVersion, "mpps.csv");
        using var reader = new StreamReader(file.Stream);
        Assert.StartsWith("mpp_id,", await reader.ReadLineAsync(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public async Task TheTypeScriptClientCompilesAndAnswers()
    {
        // Generated beside the .NET client by the same NSwag build step; compiled strict by tsc, then called.
        var check = await MppDirectory.Testing.ProcessRunner.RunAsync(
            "node", "clients/typescript/check.mjs", "--api", fixture.Api.Client.BaseAddress!.ToString().TrimEnd('/'));

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("4 operations answered", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemsArriveAsTypedExceptions()
    {
        var error = await Assert.ThrowsAsync<MppDirectoryApiException<ProblemDetails>>(() => Client.GetMppAsync("nowhere", null));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(404, error.Result.Status);
    }
}
