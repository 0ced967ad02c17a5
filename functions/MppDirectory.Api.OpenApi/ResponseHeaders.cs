using NJsonSchema;
using NSwag;

namespace MppDirectory.Api.OpenApi;

/// <summary>The headers the API sends, as the document describes them.</summary>
public static class ResponseHeaders
{
    public static OpenApiHeader ETag() => Header(
        "Strong entity tag of this answer (a hash of the body; `-br` or `-gzip` added when it is sent compressed). Send it in " +
        "`If-None-Match` to get a 304 when nothing changed.",
        new JsonSchema { Type = JsonObjectType.String, Pattern = "^\"[0-9a-f]{32}(-br|-gzip)?\"$", MaxLength = 39 });

    /// <summary>The tag of an answer that shows an MPP's record (see <c>MppRevision</c>): its revision, a dot, a hash of the body.</summary>
    public static OpenApiHeader RevisionETag() => Header(
        "Strong entity tag of this answer: `\"{revision}.{hash}\"`, the MPP's revision (a hash of its stored record) and a hash of the body " +
        "(`-br` or `-gzip` added when it is sent compressed). Send it in `If-None-Match` to get a 304 when nothing changed, and in a " +
        "write's `If-Match`: writes compare the revision.",
        new JsonSchema { Type = JsonObjectType.String, Pattern = "^\"[0-9a-f]{16}\\.[0-9a-f]{24}(-br|-gzip)?\"$", MaxLength = 48 });

    public static OpenApiHeader FileETag() => Header(
        "Strong entity tag of the stored file: its SHA-256, as in the version's manifest (`-br` or `-gzip` added when a text file " +
        "is sent compressed). Send it in `If-None-Match` to get a 304.",
        new JsonSchema { Type = JsonObjectType.String, Pattern = "^\"[0-9a-f]{64}(-br|-gzip)?\"$", MaxLength = 71 });

    public static OpenApiHeader ContentDisposition() => Header(
        "`attachment` with a file name that includes the dataset version, e.g. `mpp-directory-1.0.0-mpps.csv`.",
        new JsonSchema { Type = JsonObjectType.String, MaxLength = 300, Pattern = "^attachment; filename=\"[^\"]+\"$" });

    public static OpenApiHeader ContentRange() => Header(
        "Where the bytes of this answer sit in the whole file, and its length: `bytes 1000-1999/107758`.",
        new JsonSchema { Type = JsonObjectType.String, MaxLength = 60, Pattern = "^bytes [0-9]+-[0-9]+/[0-9]+$" });

    public static OpenApiHeader UnsatisfiedContentRange() => Header(
        "The file's length in bytes: `bytes */107758`.",
        new JsonSchema { Type = JsonObjectType.String, MaxLength = 40, Pattern = "^bytes \\*/[0-9]+$" });

    public static OpenApiHeader RateLimitPolicy() => Header(
        "The quota per client (IETF HTTPAPI rate-limit headers draft): `\"per-client\";q=600;w=60` is 600 requests in a 60-second window.",
        new JsonSchema { Type = JsonObjectType.String, MaxLength = 100, Pattern = "^\"[a-z-]+\";q=[0-9]+;w=[0-9]+$" });

    public static OpenApiHeader RateLimit() => Header(
        "Where this client stands: `\"per-client\";r=597;t=42` is 597 requests left, the quota whole again in 42 seconds.",
        new JsonSchema { Type = JsonObjectType.String, MaxLength = 100, Pattern = "^\"[a-z-]+\";r=[0-9]+;t=[0-9]+$" });

    public static OpenApiHeader Location() => Header(
        "Where the answer is: the same resource under the newest concrete version.",
        new JsonSchema { Type = JsonObjectType.String, Format = "uri-reference", MaxLength = 500 });

    public static OpenApiHeader CacheControl(string value) => CacheControl([value]);

    /// <summary>Every value the operation sends, exactly: one, or (the change feed) one for anyone and one for admins.</summary>
    public static OpenApiHeader CacheControl(IReadOnlyList<string> values) => values is [Http.Caching.CacheControl.ClockDependent]
        ? Header(
            "`public, max-age=N`: N is at most 30 and never past the next opening, closing or local midnight anywhere in the " +
            "directory, when what this answer says can change; until then the answer and its ETag stay the same.",
            new JsonSchema { Type = JsonObjectType.String, MaxLength = 30, Pattern = "^public, max-age=([0-9]|[12][0-9]|30)$" })
        : values is [Http.Caching.CacheControl.NoStore]
            ? Header("`no-store`: the answer is the writer's alone; no cache keeps it.", OneOf(values))
            : Header(
                (values.Count > 1 ? "One of " : "") + string.Join(", ", values.Select(v => $"`{v}`")) +
                ": how long shared and private caches may reuse the answer without asking again" + (values.Count > 1 ? " (the operation's description says which when)." : "."),
                OneOf(values));

    public static OpenApiHeader Link() => Header(
        "Links to the pages around this one (RFC 8288): `next` and `prev` where they exist, always `first` and `last`.",
        new JsonSchema { Type = JsonObjectType.String, MaxLength = 4000, Pattern = LinkPattern });

    public static OpenApiHeader TotalCount() => Header(
        "How many items the whole list has, across all pages.",
        new JsonSchema { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, Minimum = 0, Maximum = int.MaxValue });

    public static OpenApiHeader RetryAfter() => Header(
        "Seconds to wait before retrying.",
        new JsonSchema { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, Minimum = 0, Maximum = 86400 });

    /// <summary>The CORS policy (see DirectoryApp) lets any origin read every answer.</summary>
    public static OpenApiHeader AccessControlAllowOrigin() => Header(
        "`*` when the request carries an `Origin` header (CORS): any web page may read the answer.",
        OneOf("*"));

    private const string LinkRelation = "<[^>]+>; rel=\"(next|prev|first|last)\"";

    private const string LinkPattern = "^" + LinkRelation + "(, " + LinkRelation + ")*$";

    private static JsonSchema OneOf(params IReadOnlyList<string> values)
    {
        var schema = new JsonSchema { Type = JsonObjectType.String };
        foreach (var value in values)
        {
            schema.Enumeration.Add(value);
        }

        return schema;
    }

    private static OpenApiHeader Header(string description, JsonSchema schema) => new() { Description = description, Schema = schema };
}
