namespace MppDirectory.Api.Http.Links;

/// <summary>
/// A link in an answer, held as the path (and query) of an API resource and written as an absolute
/// URL under the configured public base (<see cref="PublicUrls"/>), so that bodies never depend on
/// the request's Host header.
/// </summary>
public sealed record PublicLink(string Path)
{
    public static implicit operator PublicLink(string path) => new(path);

    public override string ToString() => Path;
}
