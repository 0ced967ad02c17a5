using System.Net;
using System.Text.Json;

namespace MppDirectory.Api.Tests.Http;

/// <summary>Answers that depend on the clock keep their ETag until what they say changes, and are cached no longer.</summary>
public sealed class ClockBoundCachingTests(FixtureApiFixture api) : IClassFixture<FixtureApiFixture>
{
    // Monday 23 November 2026, 12:10 in Bandung (WIB): open until 15:00.
    private static readonly DateTimeOffset MondayNoon = new(2026, 11, 23, 5, 10, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/api/v1/mpps/fixture-bandung/schedule")]
    [InlineData("/api/v1/mpps/fixture-bandung")]
    [InlineData("/api/v1/mpps?open_now=true")]
    public async Task ASecondLaterTheSameAnswerAndTagAndIfNoneMatchGetsNotModified(string url)
    {
        api.Clock.Now = MondayNoon;
        using var first = await api.Client.GetAsync(url);
        api.Clock.Now = MondayNoon.AddSeconds(1);
        using var second = await api.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        api.Clock.Now = MondayNoon.AddSeconds(2);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await api.Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task AfterTheClosingTheAnswerAndTagChange()
    {
        const string Url = "/api/v1/mpps/fixture-bandung/schedule";
        api.Clock.Now = MondayNoon;
        using var open = await api.Client.GetAsync(Url);

        api.Clock.Now = new DateTimeOffset(2026, 11, 23, 8, 0, 30, TimeSpan.Zero); // 15:00:30 WIB
        using var closed = await api.Client.GetAsync(Url);

        Assert.NotEqual(open.Headers.ETag, closed.Headers.ETag);
        Assert.True(IsOpen(await open.Content.ReadAsStringAsync()));
        Assert.False(IsOpen(await closed.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task MaxAgeNeverOutlivesTheNextChange()
    {
        api.Clock.Now = new DateTimeOffset(2026, 11, 23, 7, 59, 50, TimeSpan.Zero); // 14:59:50 WIB, ten seconds before Bandung closes
        using var response = await api.Client.GetAsync("/api/v1/mpps/fixture-bandung/schedule");

        Assert.InRange(response.Headers.CacheControl!.MaxAge!.Value.TotalSeconds, 0, 10);
        Assert.True(response.Headers.CacheControl.Public);
    }

    private static bool IsOpen(string schedule) =>
        JsonDocument.Parse(schedule).RootElement.GetProperty("hours").GetProperty("status").GetProperty("isOpen").GetBoolean();
}
