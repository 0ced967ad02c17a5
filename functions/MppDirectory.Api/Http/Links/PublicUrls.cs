namespace MppDirectory.Api.Http.Links;

/// <summary>
/// Absolute URLs under the configured <c>PublicBaseUrl</c> (the function app's public address in
/// Azure; <c>http://127.0.0.1:7071</c> for a local run). Never taken from the request's Host header.
/// </summary>
public sealed class PublicUrls
{
    public const string Setting = "PublicBaseUrl";
    public const string LocalDefault = "http://127.0.0.1:7071";

    private readonly string _base;

    public PublicUrls(IConfiguration configuration)
    {
        var configured = configuration[Setting];
        var text = string.IsNullOrWhiteSpace(configured) ? LocalDefault : configured.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{Setting} must be an absolute http(s) URL without query or fragment, not '{text}'.");
        }

        _base = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The base every link starts with, without a trailing slash.</summary>
    public string Base => _base;

    /// <summary>The absolute URL of an API path (with its query), e.g. <c>/api/v1/mpps?page=2</c>.</summary>
    public string Absolute(string pathAndQuery) => _base + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
}
