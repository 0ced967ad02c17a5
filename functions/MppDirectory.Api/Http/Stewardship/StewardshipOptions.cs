namespace MppDirectory.Api.Http.Stewardship;

/// <summary>
/// Who may sign stewards' tokens. In Azure: Microsoft Entra ID (<see cref="Authority"/>, <see cref="Audience"/>).
/// Locally and in tests: <see cref="DevelopmentKey"/>, the key `npm start` makes and `npm run token` signs with.
/// </summary>
public sealed class StewardshipOptions
{
    public const string Section = "Authentication";

    /// <summary>The issuer that signs tokens by key (development only).</summary>
    public const string DevelopmentIssuer = "mpp-directory-development";

    /// <summary>For example https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string? Authority { get; set; }

    /// <summary>The API's application id URI or client id; also the audience development tokens carry.</summary>
    public string Audience { get; set; } = "api://mpp-directory";

    /// <summary>A base64 HMAC-SHA256 key of at least 32 bytes; when set, tokens signed with it are accepted.</summary>
    public string? DevelopmentKey { get; set; }
}
