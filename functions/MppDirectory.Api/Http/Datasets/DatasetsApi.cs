using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Datasets;
using MppDirectory.Datasets.Versioning;
using MppDirectory.Storage.Publishing;

namespace MppDirectory.Api.Http.Datasets;

/// <summary>
/// Versioned bulk downloads of the whole directory: <c>/api/v1/datasets</c>. Versions are built once
/// when the data changes (see <see cref="DatasetPublisher"/>); these routes only read what is stored.
/// </summary>
public static class DatasetsApi
{
    public const string Latest = "latest";

    /// <summary>The forms of the route values, for the OpenAPI document: a bad version is a 400, a file outside the manifest a 404.</summary>
    public const string VersionPattern = @"^(latest|\d+\.\d+\.\d+)$";
    public const string FilePattern = @"^[A-Za-z0-9][A-Za-z0-9._-]*$";
    private const string Path = "/api/v1/datasets";
    private const string LatestRedirect = "public, max-age=60";

    public static RouteGroupBuilder MapDatasets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Datasets").WithMetadata(NotKeptInAnswerCache.Instance);

        group.MapGet("/", ListDatasetVersions).WithName("ListDatasetVersions").ValidateQuery()
            .WithSummary("List dataset versions, newest first")
            .WithDescription(
                "Every published version of the bulk dataset (CSV, spreadsheet-safe CSV, JSON, NDJSON, GeoJSON, a Frictionless " +
                "Data Package and an Open Referral HSDS export): its SemVer version, creation time, directory data version, rows " +
                "per table, files with size and SHA-256, and what changed since the previous version.");
        group.MapGet("/{version}", GetDatasetVersion).WithName("GetDatasetVersion").WithCacheControl(CacheControl.Immutable)
            .Produces(StatusCodes.Status302Found).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one dataset version's manifest")
            .WithDescription("One version's files, rows per table and changes. `latest` redirects to the newest version's URL.");
        group.MapGet("/{version}/{file}", DownloadDatasetFile).WithName("DownloadDatasetFile").WithCacheControl(CacheControl.Immutable).WithOwnConditionalGet()
            .Produces<Stream>(StatusCodes.Status200OK, DatasetMediaTypes.Essences[0], [.. DatasetMediaTypes.Essences.Skip(1)])
            .Produces<Stream>(StatusCodes.Status206PartialContent, DatasetMediaTypes.Essences[0], [.. DatasetMediaTypes.Essences.Skip(1)])
            .Produces(StatusCodes.Status302Found).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable)
            .WithSummary("Download one file of a dataset version")
            .WithDescription(
                "The stored bytes of one file, identical on every download: strong ETag (the file's SHA-256), Content-Length (a text " +
                "file sent compressed, when `Accept-Encoding` asks, goes chunked with `-br` or `-gzip` added to its tag), " +
                "a Content-Disposition filename with the version, and immutable caching. `Range` requests get 206 with the bytes asked for " +
                "(416 when the range starts past the end; `If-Range` with another tag gets the whole file). `latest` redirects to the newest version.");

        return group;
    }

    public static string ListUrl(int page, int perPage) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}?page={page}&per_page={perPage}");

    public static string VersionUrl(string version) => $"{Path}/{Uri.EscapeDataString(version)}";

    public static string FileUrl(string version, string file) => $"{VersionUrl(version)}/{Uri.EscapeDataString(file)}";

    public static async Task<Ok<PagedList<DatasetVersionView>>> ListDatasetVersions(
        [AsParameters] PageQuery paging, DatasetStore store, HttpContext context)
    {
        var versions = await store.ListAsync(paging.PageNumber, paging.PageSize, context.RequestAborted);
        return TypedResults.Ok(versions.NewestFirst.Select(v => v.AsView()).ToList().AsPage(versions.TotalCount, paging, context));
    }

    public static async Task<Results<Ok<DatasetVersionView>, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> GetDatasetVersion(
        [Description("A version such as 1.0.0, or latest."), Example("1.0.0"), RegularExpression(VersionPattern), StringLength(40)] string version, DatasetStore store, PublicUrls urls, HttpContext context)
    {
        if (!IsVersion(version))
        {
            return InvalidVersion();
        }

        var manifest = await FindAsync(store, version, context.RequestAborted);
        if (manifest is null)
        {
            return ProblemResults.NotFound("dataset version", version);
        }

        if (version == Latest)
        {
            CacheControl.Choose(context, LatestRedirect);
            return TypedResults.Redirect(urls.Absolute(VersionUrl(manifest.Version)));
        }

        return TypedResults.Ok(manifest.AsView());
    }

    public static async Task<Results<FileStreamHttpResult, StatusCodeHttpResult, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> DownloadDatasetFile(
        [Description("A version such as 1.0.0, or latest."), Example("1.0.0"), RegularExpression(VersionPattern), StringLength(40)] string version,
        [Description("A file name from the version's manifest, e.g. mpps.csv or mpp-directory.zip."), Example("mpps.csv"), RegularExpression(FilePattern), StringLength(100)] string file,
        DatasetStore store,
        PublicUrls urls,
        HttpContext context)
    {
        if (!IsVersion(version))
        {
            return InvalidVersion();
        }

        var manifest = await FindAsync(store, version, context.RequestAborted);
        if (manifest is null)
        {
            return ProblemResults.NotFound("dataset version", version);
        }

        var entry = manifest.Files.SingleOrDefault(f => f.Name == file);
        if (entry is null)
        {
            return ProblemResults.NotFound($"file of dataset version {manifest.Version}", file);
        }

        if (version == Latest)
        {
            CacheControl.Choose(context, LatestRedirect);
            return TypedResults.Redirect(urls.Absolute(FileUrl(manifest.Version, file)));
        }

        var etag = new EntityTagHeaderValue($"\"{entry.Sha256}\"");
        if (EntityTags.NoneMatchHits(context.Request, etag))
        {
            context.Response.Headers.ETag = etag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified); // known from the manifest: the blob is not touched
        }

        if (ByteRanges.NoneSatisfiable(context.Request, entry.Bytes, etag))
        {
            context.Response.Headers.ContentRange = $"bytes */{entry.Bytes}";
            return ProblemResults.RangeNotSatisfiable(entry.Bytes);
        }

        // Streamed from the blob in pieces; the framework answers Range (206, 416) and If-Range from the stream's length and this tag.
        var content = await store.OpenFileAsync(manifest, file, context.RequestAborted);
        var release = new DatasetRelease(manifest.Version, manifest.Created, manifest.DataVersion);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{release.DownloadName(file)}\"";
        return TypedResults.Stream(content!, entry.MediaType, lastModified: manifest.Created, entityTag: etag, enableRangeProcessing: true);
    }

    private static bool IsVersion(string version) => version == Latest || SemanticVersion.TryParse(version, out _);

    private static ValidationProblem InvalidVersion() => ProblemResults.InvalidParameters(
        new Dictionary<string, string[]> { ["version"] = ["must be latest or a version such as 1.0.0"] }, "Invalid path parameters");

    private static async Task<DatasetManifest?> FindAsync(DatasetStore store, string version, CancellationToken cancellationToken) =>
        version == Latest
            ? await store.GetLatestAsync(cancellationToken)
            : await store.GetAsync(version, cancellationToken);
}
