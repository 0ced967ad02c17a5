using System.Net;

namespace MppDirectory.Api.Tests.Http;

/// <summary>Every query parameter of every route: a bad value is a 400 problem naming it.</summary>
public sealed class QueryValidationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/api/v1/mpps?q=", "q")]
    [InlineData("/api/v1/mpps?q=%20%20", "q")]
    [InlineData("/api/v1/mpps?province=3", "province")]
    [InlineData("/api/v1/mpps?province=33.75", "province")]
    [InlineData("/api/v1/mpps?province=3312", "province")]
    [InlineData("/api/v1/mpps?province=x'%20or%20PartitionKey%20ne%20'", "province")]
    [InlineData("/api/v1/mpps?regency=33", "regency")]
    [InlineData("/api/v1/mpps?regency=33.7a", "regency")]
    [InlineData("/api/v1/mpps?agency=nope", "agency")]
    [InlineData("/api/v1/mpps?service=nope", "service")]
    [InlineData("/api/v1/mpps?status=open", "status")]
    [InlineData("/api/v1/mpps?open_now=yes", "open_now")]
    [InlineData("/api/v1/mpps?per_page=500", "per_page")]
    [InlineData("/api/v1/mpps/kota-langsa/counters?page=0", "page")]
    [InlineData("/api/v1/agencies?category=ministry", "category")]
    [InlineData("/api/v1/agencies?q=", "q")]
    [InlineData("/api/v1/agencies?per_page=0", "per_page")]
    [InlineData("/api/v1/services?q=", "q")]
    [InlineData("/api/v1/services?page=x", "page")]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=paspor&limit=0", "limit")]
    [InlineData("/api/v1/search?q=paspor&limit=51", "limit")]
    [InlineData("/api/v1/regions?level=village", "level")]
    [InlineData("/api/v1/regions?province=33.75", "province")]
    [InlineData("/api/v1/regions?has_mpp=1", "has_mpp")]
    [InlineData("/api/v1/sources?per_page=101", "per_page")]
    [InlineData("/api/v1/notes?kind=rumour", "kind")]
    [InlineData("/api/v1/notes?mpp=kota-atlantis", "mpp")]
    public async Task InvalidValueReturnsProblemNamingTheParameter(string url, string parameter)
    {
        var problem = await ProblemAssert.IsProblemAsync(await api.Client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task SeveralBadValuesAreAllNamed()
    {
        var problem = await ProblemAssert.IsProblemAsync(await api.Client.GetAsync("/api/v1/mpps?page=0&per_page=0&status=x"), HttpStatusCode.BadRequest);

        Assert.Equal(["page", "per_page", "status"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }
}
