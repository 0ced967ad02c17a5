using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Hosting;

/// <summary>
/// In the <see cref="ReadEdition"/>: every request that no route here serves with its method (a write, an
/// import, the change feed, the dataset versions, an unknown address) goes to the full app at
/// <see cref="Setting"/>, and its answer comes back as it is. Clients see one address; the full app stays
/// the one place that authenticates, validates and writes. Requests the full app cannot take in time are
/// a 503 with <c>Retry-After</c>, like storage that is down.
/// </summary>
public sealed class StewardshipForwarding(HttpClient client, Uri target, ForwarderProof? proof, Http.RateLimiting.ClientRateLimiter clients)
{
    public const string Setting = "Stewardship:Url";

    // Headers about one connection, not the request (RFC 9110 section 7.6.1), and Host, which names this app.
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
    };

    // What only this app may say to the full app: never passed on from the client.
    private static readonly HashSet<string> OursToSay = new(StringComparer.OrdinalIgnoreCase)
    {
        ForwarderProof.Header, "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto",
    };

    /// <summary>Whether the route matched here answers this method; a route that does not (a 405 here) may in the full app.</summary>
    public static bool ServedHere(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
        && (methods.HttpMethods.Count == 0 || methods.HttpMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The full app's URL for this path and query: joined as text, so that a path such as <c>//elsewhere.example/</c>
    /// stays a path of the full app and never names another host (as resolving it against the base would).
    /// </summary>
    public static Uri TargetOf(Uri fullApp, PathString path, QueryString query) =>
        new(fullApp.GetLeftPart(UriPartial.Authority) + path.ToUriComponent() + query.ToUriComponent(), UriKind.Absolute);

    public async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), TargetOf(target, context.Request.Path, context.Request.QueryString));
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            request.Content = new StreamContent(context.Request.Body);
        }

        foreach (var (name, values) in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key) && !OursToSay.Contains(h.Key)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        // The one client address this app limited (the full app believes it only with the proof), and host and
        // scheme of this hop, never the client's say.
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", clients.AddressOf(context)?.ToString());
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", context.Request.Host.Value);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", context.Request.Scheme);

        HttpResponseMessage response;
        try
        {
            if (proof is not null)
            {
                request.Headers.TryAddWithoutValidation(ForwarderProof.Header, await proof.TokenAsync(context.RequestAborted));
            }

            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException or Azure.Identity.AuthenticationFailedException) && !context.RequestAborted.IsCancellationRequested)
        {
            throw new DirectoryUnavailableException("The directory's stewardship app did not answer.", ex);
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
            {
                context.Response.Headers[name] = values.ToArray();
            }

            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }
}

public static class StewardshipForwardingSetup
{
    public static IServiceCollection AddStewardshipForwarding(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[StewardshipForwarding.Setting] is { Length: > 0 } url)
        {
            var proof = ForwarderProof.From(configuration, environment);
            // Imports of a national file take a while; a hung full app must not hold a request for ever.
            var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(100) };
            services.AddSingleton(sp => new StewardshipForwarding(client, new Uri(url, UriKind.Absolute), proof, sp.GetRequiredService<Http.RateLimiting.ClientRateLimiter>()));
        }

        return services;
    }

    /// <summary>Forwards what no route here serves; without <see cref="StewardshipForwarding.Setting"/> it is a 404 or 405 here.</summary>
    public static IApplicationBuilder UseStewardshipForwarding(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<StewardshipForwarding>() is { } forwarding)
        {
            app.Use((context, next) => StewardshipForwarding.ServedHere(context) ? next(context) : forwarding.ForwardAsync(context));
        }

        return app;
    }
}
