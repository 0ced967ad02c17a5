using System.Text.Json.Nodes;
using FluentValidation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Api.Http.Writes;

/// <summary>The media types a write's body may have.</summary>
public static class WriteMediaTypes
{
    public const string Json = "application/json";

    /// <summary>RFC 7396: what a PATCH sends.</summary>
    public const string MergePatch = "application/merge-patch+json";

    public const string Csv = "text/csv";
}

/// <summary>How a body's JSON becomes an input, or the errors of its shape by JSON path.</summary>
public delegate (T? Input, Dictionary<string, string[]> Errors) BodyShape<T>(JsonNode? body);

/// <summary>
/// What one kind of write reads from its body: the media type, the input's shape (400 naming the field when it is
/// wrong) and the rules its values follow, which may depend on the directory as loaded (422 naming each field).
/// </summary>
/// <param name="Title">What the 400 calls the body: Invalid counter.</param>
public sealed record WriteBody<T>(string MediaType, string Title, BodyShape<T> Shape, Func<DirectorySnapshot, IValidator<T>> Rules)
    where T : class;

/// <summary>The usual kind of <see cref="WriteBody{T}"/>.</summary>
public static class WriteBody
{
    /// <summary>A JSON body whose shape is <typeparamref name="T"/>'s, strictly (no unknown fields, no missing ones).</summary>
    public static WriteBody<T> Json<T>(string title, Func<DirectorySnapshot, IValidator<T>> rules)
        where T : class => new(WriteMediaTypes.Json, title, StrictJson.Parse<T>, rules);
}
