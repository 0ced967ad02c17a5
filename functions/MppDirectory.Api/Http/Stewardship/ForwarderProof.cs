using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Identity;
using Microsoft.AspNetCore.Authentication;
using MppDirectory.Api.Http.Problems;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// How the stewardship app knows a request came through the reads app, the one public address. The reads app
/// sends, with every request it forwards, a token of its own identity in <see cref="Header"/>: in Azure an Entra
/// ID token its managed identity gets for the directory's API (<c>Stewardship:ProofAudience</c>), locally one it
/// signs with the development key. The stewardship app takes a request only with a valid token of that issuer and
/// audience whose <c>oid</c> is the reads app's identity (<c>Forwarding:ForwarderObjectId</c>); anything else,
/// health aside, is a 403. Only then does it believe the client address the reads app states
/// (<c>X-Forwarded-For</c>, one address), so that it limits each client, not the reads app, by its quota.
/// </summary>
public sealed class ForwarderProof(Func<CancellationToken, ValueTask<string>> token)
{
    public const string Header = "X-Forwarder-Token";
    public const string Scheme = "forwarder";

    /// <summary>The object id the development proof carries, which a local full app is told to expect.</summary>
    public const string DevelopmentObjectId = "local-read-edition";

    public ValueTask<string> TokenAsync(CancellationToken cancellationToken) => token(cancellationToken);

    /// <summary>
    /// The reads app's proof: its managed identity's token where <c>Stewardship:ProofAudience</c> is set, one signed
    /// with the development key in Development, else none (and in Azure the app does not start without one).
    /// </summary>
    public static ForwarderProof? From(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Stewardship:ProofAudience"] is { Length: > 0 } audience)
        {
            var clientId = configuration["Stewardship:IdentityClientId"];
            var credential = new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
            var request = new TokenRequestContext([audience.TrimEnd('/') + "/.default"]);
            return new ForwarderProof(Cached(async cancellationToken =>
            {
                var issued = await credential.GetTokenAsync(request, cancellationToken);
                return (issued.Token, issued.ExpiresOn);
            }));
        }

        if (environment.IsDevelopment() && configuration["Authentication:DevelopmentKey"] is { Length: > 0 } key)
        {
            var developmentAudience = configuration["Authentication:Audience"] is { Length: > 0 } a ? a : new StewardshipOptions().Audience;
            return new ForwarderProof(Cached(_ => ValueTask.FromResult(DevelopmentToken(Convert.FromBase64String(key), developmentAudience, DateTimeOffset.UtcNow))));
        }

        if (StewardAuthentication.InAzure(configuration))
        {
            throw new InvalidOperationException("In Azure the reads app needs Stewardship:ProofAudience: the stewardship app takes no request without the reads app's proof.");
        }

        return null;
    }

    /// <summary>A development proof: HS256 with the development key, the development issuer, and <see cref="DevelopmentObjectId"/>.</summary>
    public static (string Token, DateTimeOffset ExpiresOn) DevelopmentToken(byte[] key, string audience, DateTimeOffset now)
    {
        var expires = now.AddHours(1);
        static string Part(string json) => Base64Url(Encoding.UTF8.GetBytes(json));
        var claims = $$"""{"iss":"{{StewardshipOptions.DevelopmentIssuer}}","aud":"{{audience}}","oid":"{{DevelopmentObjectId}}","sub":"{{DevelopmentObjectId}}","iat":{{now.ToUnixTimeSeconds()}},"nbf":{{now.ToUnixTimeSeconds()}},"exp":{{expires.ToUnixTimeSeconds()}}}""";
        var unsigned = Part("""{"alg":"HS256","typ":"JWT"}""") + "." + Part(claims);
        return (unsigned + "." + Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned))), expires);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // One token reused until five minutes before it expires; a request that finds it stale fetches the next. The pair is
    // one object, swapped whole, so a concurrent reader never sees one token with another's expiry.
    private static Func<CancellationToken, ValueTask<string>> Cached(Func<CancellationToken, ValueTask<(string Token, DateTimeOffset ExpiresOn)>> fetch)
    {
        Issued? current = null;
        return async cancellationToken =>
        {
            if (Volatile.Read(ref current) is { } held && held.ExpiresOn - DateTimeOffset.UtcNow > TimeSpan.FromMinutes(5))
            {
                return held.Token;
            }

            var (token, expiresOn) = await fetch(cancellationToken);
            Volatile.Write(ref current, new Issued(token, expiresOn));
            return token;
        };
    }

    private sealed record Issued(string Token, DateTimeOffset ExpiresOn);
}

public static class ForwarderProofCheck
{
    public const string Setting = "Forwarding:ForwarderObjectId";

    /// <summary>
    /// In the stewardship app: every request but health must carry the reads app's proof (403 otherwise), and the
    /// client address it states replaces the connection's. Off where <see cref="Setting"/> is not set, which only a
    /// local run may do: in Azure the app refuses to start without it.
    /// </summary>
    public static IApplicationBuilder UseForwarderProofCheck(this IApplicationBuilder app, IConfiguration configuration)
    {
        var forwarder = configuration[Setting];
        if (string.IsNullOrWhiteSpace(forwarder))
        {
            if (StewardAuthentication.InAzure(configuration))
            {
                throw new InvalidOperationException($"In Azure the stewardship app needs {Setting}: it answers only the reads app.");
            }

            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/health", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var proof = await context.AuthenticateAsync(ForwarderProof.Scheme);
            if (!proof.Succeeded || proof.Principal.FindFirst("oid")?.Value != forwarder)
            {
                await ProblemResults.NotThroughPublicAddress().ExecuteAsync(context);
                return;
            }

            // The reads app states the one client address it limited; nothing else may say who the client is.
            if (IPAddress.TryParse(context.Request.Headers["X-Forwarded-For"].ToString(), out var client))
            {
                context.Connection.RemoteIpAddress = client;
            }

            await next(context);
        });
    }
}
