namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// Who may sign stewards' tokens. In Azure: Microsoft Entra ID (<see cref="Authority"/>, <see cref="Audience"/>),
/// which the app refuses to start without. Locally and in tests: <see cref="DevelopmentKey"/>, the key `npm start`
/// makes and `npm run token` signs with, which the app refuses to start with outside Development.
/// </summary>
public sealed class StewardshipOptions
{
    public const string Section = "Authentication";

    /// <summary>The issuer that signs tokens by key (development only).</summary>
    public const string DevelopmentIssuer = "mpp-directory-development";

    /// <summary>
    /// The tenant's v2.0 endpoint, https://login.microsoftonline.com/{tenant}/v2.0: tokens must be Entra ID's v2.0
    /// access tokens (issuer …/{tenant}/v2.0), which the app registration asks for with
    /// <c>api.requestedAccessTokenVersion = 2</c>; v1.0 tokens (issuer https://sts.windows.net/{tenant}/) are refused.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>
    /// The audience tokens must carry. Entra ID's v2.0 access tokens carry the API's application (client) id, a GUID;
    /// development tokens carry api://mpp-directory.
    /// </summary>
    public string Audience { get; set; } = "api://mpp-directory";

    /// <summary>
    /// The API's application (client) id: the audience of Entra ID's v2.0 access tokens, which name the API by it rather
    /// than by its application id URI (<see cref="Audience"/>). Both are taken.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The client applications (<c>azp</c> of a v2.0 token) whose tokens are taken, comma-separated; empty: any client
    /// application the tenant lets ask for a token for this API.
    /// </summary>
    public string? AllowedClientApplications { get; set; }

    /// <summary>
    /// The secret the stewardship app proves itself with to Entra ID when a steward signs in to the console (the
    /// authorization code flow of a confidential client, with PKCE). In Azure a Key Vault reference, never a plain
    /// setting. Without it the console offers no Entra ID sign-in (and outside Development no sign-in at all).
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>A base64 HMAC-SHA256 key of at least 32 bytes; when set, tokens signed with it are accepted (Development only).</summary>
    public string? DevelopmentKey { get; set; }

    public IReadOnlyList<string> AllowedClients =>
        (AllowedClientApplications ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
