using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MppDirectory.Tables.Tests;

public sealed class BearerTokenAuthenticationTests
{
    [Fact]
    public async Task TokenCredentialSendsABearerTokenForTheStorageScope()
    {
        var credential = new FakeTokenCredential("token-123");
        var handler = new CapturingHandler();
        var options = new TableClientOptions { Transport = new HttpClientTransport(handler) };
        var client = new TableServiceClient(new Uri("https://mppdirectory.table.core.windows.net"), credential, options);

        await client.CreateTableIfNotExistsAsync("malls");

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-123", request.Headers.Authorization?.ToString());
        Assert.Equal(["https://storage.azure.com/.default"], credential.RequestedScopes);
        Assert.Equal(new Uri("https://mppdirectory.table.core.windows.net/Tables"), request.RequestUri);
        Assert.Equal(TableClientOptions.DefaultServiceVersion, request.Headers.GetValues("x-ms-version").Single());
        Assert.Equal("mppdirectory", client.AccountName);
    }

    private sealed class FakeTokenCredential(string token) : TokenCredential
    {
        public string[] RequestedScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            RequestedScopes = requestContext.Scopes;
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Stands in for the network: records each request and answers 204.</summary>
    private sealed class CapturingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
