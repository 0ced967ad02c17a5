using Microsoft.Net.Http.Headers;
using MppDirectory.Domain.Localization;

namespace MppDirectory.Api.Http.Localization;

/// <summary>
/// Marks routes whose answers carry the directory's own texts in the request's language: they send
/// <c>Content-Language</c> and <c>Vary: Accept-Language</c>, and caches keep one answer per language.
/// </summary>
public sealed class LocalizedAnswer
{
    public static LocalizedAnswer Instance { get; } = new();

    private LocalizedAnswer()
    {
    }

    /// <summary>The part of a cache key that tells the languages apart; empty for answers with no texts to translate.</summary>
    public static string KeyOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<LocalizedAnswer>() is null ? "" : "|" + RequestLanguage.Of(context.Request).Code();

    /// <summary>The <c>Vary</c> of an answer that has (or has not) a <c>Content-Language</c>.</summary>
    public static string Vary(bool localized) =>
        localized ? HeaderNames.AcceptEncoding + ", " + HeaderNames.AcceptLanguage : HeaderNames.AcceptEncoding;
}

public static class LocalizedAnswerExtensions
{
    /// <summary>Answers in the request's language (see <see cref="LocalizedAnswer"/>).</summary>
    public static TBuilder Localized<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(LocalizedAnswer.Instance);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var status = result switch
            {
                INestedHttpResult nested => (nested.Result as IStatusCodeHttpResult)?.StatusCode,
                IStatusCodeHttpResult plain => plain.StatusCode,
                _ => null,
            };
            if (status is null or StatusCodes.Status200OK)
            {
                context.HttpContext.Response.Headers.ContentLanguage = RequestLanguage.Of(context.HttpContext.Request).Code();
            }

            return result;
        });
        return builder;
    }
}
