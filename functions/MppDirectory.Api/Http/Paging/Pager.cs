using Microsoft.AspNetCore.Http.Extensions;
using MppDirectory.Api.Http.Links;

namespace MppDirectory.Api.Http.Paging;

/// <summary>Cuts a page out of a list and writes the paging headers (<c>Link</c>, <c>X-Total-Count</c>).</summary>
public static class Pager
{
    public static PagedList<T> ToPage<T>(this IReadOnlyList<T> all, PageQuery query, HttpContext context) =>
        all.Skip((query.PageNumber - 1) * query.PageSize).Take(query.PageSize).ToList().AsPage(all.Count, query, context);

    /// <summary>A page a store has cut already (<paramref name="items"/>) of a list of <paramref name="totalCount"/>.</summary>
    public static PagedList<T> AsPage<T>(this IReadOnlyList<T> items, int totalCount, PageQuery query, HttpContext context)
    {
        var perPage = query.PageSize;
        var page = query.PageNumber;
        var totalPages = Math.Max(1, (totalCount + perPage - 1) / perPage);

        var links = new PageLinks(
            Self: PageUrl(context.Request, page, perPage),
            First: PageUrl(context.Request, 1, perPage),
            Last: PageUrl(context.Request, totalPages, perPage),
            Prev: page > 1 ? new PublicLink(PageUrl(context.Request, Math.Min(page - 1, totalPages), perPage)) : null,
            Next: page < totalPages ? new PublicLink(PageUrl(context.Request, page + 1, perPage)) : null);

        WriteHeaders(context.Response, links, totalCount, context.RequestServices.GetRequiredService<PublicUrls>());
        return new PagedList<T>(items, page, perPage, totalCount, totalPages, links);
    }

    private static void WriteHeaders(HttpResponse response, PageLinks links, int totalCount, PublicUrls urls)
    {
        var relations = new List<string>();
        if (links.Next is not null)
        {
            relations.Add($"<{urls.Absolute(links.Next.Path)}>; rel=\"next\"");
        }

        if (links.Prev is not null)
        {
            relations.Add($"<{urls.Absolute(links.Prev.Path)}>; rel=\"prev\"");
        }

        relations.Add($"<{urls.Absolute(links.First.Path)}>; rel=\"first\"");
        relations.Add($"<{urls.Absolute(links.Last.Path)}>; rel=\"last\"");
        response.Headers.Link = string.Join(", ", relations);
        response.Headers["X-Total-Count"] = totalCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The request's own path and query with page and per_page replaced. The query holds only the
    /// route's declared parameters (CanonicalUrlMiddleware drops the rest), each within its validated length.
    /// </summary>
    private static string PageUrl(HttpRequest request, int page, int perPage)
    {
        var query = new QueryBuilder(
            request.Query
                .Where(p => p.Key is not ("page" or "per_page"))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))))
        {
            { "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            { "per_page", perPage.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
