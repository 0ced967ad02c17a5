using Microsoft.AspNetCore.Http;
using MppDirectory.Api.Hosting;

namespace MppDirectory.Api.Tests.Hosting;

/// <summary>Where the read edition forwards a request: always the full app, whatever the path says.</summary>
public sealed class StewardshipForwardingTests
{
    private static readonly Uri FullApp = new("https://stewardship.example.net/");

    [Theory]
    [InlineData("/api/v1/sources", "", "https://stewardship.example.net/api/v1/sources")]
    [InlineData("/api/v1/imports", "?dry_run=false", "https://stewardship.example.net/api/v1/imports?dry_run=false")]
    [InlineData("/api/v1/datasets/latest/mpps.csv", "", "https://stewardship.example.net/api/v1/datasets/latest/mpps.csv")]
    [InlineData("/mpps/kota pekalongan", "?q=a b", "https://stewardship.example.net/mpps/kota%20pekalongan?q=a b")]
    public void TheTargetIsThePathAndQueryAtTheFullApp(string path, string query, string expected) =>
        Assert.Equal(expected, StewardshipForwarding.TargetOf(FullApp, new PathString(path), new QueryString(query)).OriginalString);

    [Theory]
    [InlineData("//elsewhere.example/steal")]
    [InlineData("/\\elsewhere.example/steal")]
    [InlineData("//user@elsewhere.example:8080/")]
    public void APathThatLooksLikeAnotherHostStaysAPathOfTheFullApp(string path)
    {
        var target = StewardshipForwarding.TargetOf(FullApp, new PathString(path), QueryString.Empty);

        Assert.Equal("stewardship.example.net", target.Host);
        Assert.Equal(443, target.Port);
    }
}
