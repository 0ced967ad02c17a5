using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Domain;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Http.Writes;

/// <summary>
/// What a successful write answers: the resource as it now is, with the ETag a read of it gives (its revision
/// first when it is an MPP's record, so the writer can send it as If-Match next), its Location when new, in the
/// request's language when it has texts in both; with the endpoint's declared Cache-Control (no-store: for the writer alone).
/// </summary>
public sealed class Written<T>(T value, int statusCode, Language? language, string? revision = null, string? location = null)
    : IResult, IStatusCodeHttpResult, IValueHttpResult<T>, IValueHttpResult
{
    public T Value => value;

    public int StatusCode => statusCode;

    /// <summary>The absolute URL of a resource the write created; null when it changed one.</summary>
    public string? Location => location;

    int? IStatusCodeHttpResult.StatusCode => statusCode;

    object? IValueHttpResult.Value => value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, json.SerializerOptions.TypeInfo<T>());
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = WriteMediaTypes.Json;
        response.ContentLength = bytes.Length;
        response.Headers.ETag = EntityTags.Of(bytes, revision);
        if (language is { } written)
        {
            response.Headers.ContentLanguage = written.Code(); // only answers with texts in both languages say which they chose
        }
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
