using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.RateLimiting;
using MppDirectory.Domain.Stewardship;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// Before any steward's write: the token's subject must be registered and active in the steward registry
/// (403 naming why otherwise), in a role the token also carries; the registry's scope, not the token, says
/// where they may write. Each steward has a write quota of their own (429 past it), apart from the per-client
/// limit, so one steward's script cannot crowd out the others. The registry is read on every write, so a
/// steward deactivated a moment ago writes no more.
/// </summary>
public sealed class RegisteredStewardFilter(StewardRegistry registry, StewardWriteQuota quota) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var needsAdmin = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == StewardAuthentication.AdminPolicy) == true;
        var (steward, refusal) = await FindAsync(registry, http.User, needsAdmin, http.RequestAborted);
        if (steward is null)
        {
            return refusal;
        }

        if (quota.TryTake(steward.Id) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ProblemResults.TooManyWrites(retryAfter);
        }

        http.Features.Set(steward);
        return await next(context);
    }

    /// <summary>
    /// The registered, active steward <paramref name="user"/> is (a bearer token's or the console's signed-in person),
    /// in the role both the registry and <paramref name="user"/>'s claims grant, with the registry's scope; else why not.
    /// </summary>
    public static async Task<(Steward? Steward, ProblemHttpResult? Refusal)> FindAsync(
        StewardRegistry registry, System.Security.Claims.ClaimsPrincipal user, bool needsAdmin, CancellationToken cancellationToken)
    {
        if (Steward.SubjectOf(user) is not var (issuer, subject) || await registry.FindAsync(issuer, subject, cancellationToken) is not var (entry, _))
        {
            return (null, ProblemResults.NotRegistered());
        }

        if (!entry.Active)
        {
            return (null, ProblemResults.StewardInactive(entry.Id));
        }

        // The registry may grant less than the token (an admin registered as a steward), never more.
        var role = entry.Role == StewardRoles.Admin && user.IsInRole(StewardRoles.Admin) ? StewardRoles.Admin : StewardRoles.Write;
        if (!user.IsInRole(StewardRoles.Write) && !user.IsInRole(StewardRoles.Admin))
        {
            return (null, ProblemResults.MissingRole(StewardRoles.Write));
        }

        if (needsAdmin && role != StewardRoles.Admin)
        {
            return (null, ProblemResults.MissingRole(StewardRoles.Admin));
        }

        return (new Steward(entry.Id, role, entry.Name, StewardScope.Of(entry.Scope)), null);
    }
}

/// <summary>Writes per steward per minute (<see cref="RateLimitingOptions.WritePermitsPerMinute"/>; 0 turns it off).</summary>
public sealed class StewardWriteQuota : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string>? _limiter;

    public StewardWriteQuota(IOptions<RateLimitingOptions> options)
    {
        var permits = options.Value.WritePermitsPerMinute;
        _limiter = permits > 0
            ? PartitionedRateLimiter.Create<string, string>(steward => RateLimitPartition.GetFixedWindowLimiter(steward, _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 }))
            : null;
    }

    /// <summary>Null when the steward may write now; else the seconds until they may (the window's length at most).</summary>
    public int? TryTake(string stewardId)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(stewardId);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : (int)Window.TotalSeconds;
    }

    public void Dispose() => _limiter?.Dispose();
}
