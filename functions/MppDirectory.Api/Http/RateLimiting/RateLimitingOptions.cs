namespace MppDirectory.Api.Http.RateLimiting;

/// <summary>Section <c>RateLimiting</c>: how many requests one client may make per minute.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests per client per minute; 0 turns the limit off. The default suits a public API on Azure.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>
    /// Whether the client is the last address in <c>X-Forwarded-For</c> (behind a proxy that sets it, such as the
    /// Azure Functions front end) rather than the connection's. Off unless configured: anyone can send the header.
    /// </summary>
    public bool TrustForwardedFor { get; set; }

    /// <summary>
    /// Writes per registered steward per minute, beside the per-client limit; 0 turns it off. Stewards correct
    /// a few records at a time; a bulk change is an import, which is one write.
    /// </summary>
    public int WritePermitsPerMinute { get; set; } = 30;

    /// <summary>
    /// Suggested corrections (the API's and the form's, together) per client per hour, beside the per-client limit;
    /// 0 turns it off. Anyone may suggest without signing in, so this is what keeps one client from flooding the
    /// stewards' queue; a resident with more to say writes it in one suggestion.
    /// </summary>
    public int SuggestionsPerHour { get; set; } = 10;
}
