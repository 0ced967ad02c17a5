using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Diagnostics;

namespace MppDirectory.Api.Tests.Http.Caching;

/// <summary>Answers asked for again and again stay cached whatever else is asked for.</summary>
public sealed class AnswerCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] HotUrls = ["/api/v1/mpps", "/api/v1/mpps/kota-pekalongan"];

    [Fact]
    public async Task AChurnOfDistinctUrlsLeavesTheHotAnswersCached()
    {
        foreach (var url in HotUrls)
        {
            await GetOkAsync(url);
            await GetOkAsync(url);
        }

        // Searches for random words, each asked twice, and other valid URLs asked once (pages past the
        // last one are empty pages, still answers): 2,000 URLs, well within one client's quota a minute.
        var random = new Random(6);
        for (var i = 0; i < 2_000; i++)
        {
            var url = (i % 4) switch
            {
                0 => $"/api/v1/mpps?q={Word(random)}",
                1 => $"/api/v1/search?q={Word(random)}",
                2 => $"/api/v1/mpps?page={i}",
                _ => $"/api/v1/agencies?page={i}&per_page={1 + (i % 100)}",
            };
            await GetOkAsync(url);
            if (i % 4 < 2)
            {
                await GetOkAsync(url);
            }
        }

        var answers = await CountAnswersAsync(async () =>
        {
            foreach (var url in HotUrls)
            {
                await GetOkAsync(url);
            }
        });

        Assert.Equal((FromCache: 2, Computed: 0), answers);
    }

    private async Task GetOkAsync(string url)
    {
        using var response = await api.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
    }

    /// <summary>The data API's answers while <paramref name="act"/> runs, by whether they came whole from the answer cache (<c>mppdir.answers</c>).</summary>
    private async Task<(int FromCache, int Computed)> CountAnswersAsync(Func<Task> act)
    {
        var meter = api.Services.GetRequiredService<DirectoryMetrics>().Meter;
        var fromCache = 0;
        var computed = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter && instrument.Name == "mppdir.answers")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "cached" && tag.Value is true)
                {
                    Interlocked.Add(ref fromCache, (int)value);
                }
                else if (tag.Key == "cached")
                {
                    Interlocked.Add(ref computed, (int)value);
                }
            }
        });
        listener.Start();
        await act();
        return (fromCache, computed);
    }

    private static string Word(Random random) =>
        new([.. Enumerable.Range(0, random.Next(3, 12)).Select(_ => (char)('a' + random.Next(26)))]);
}
