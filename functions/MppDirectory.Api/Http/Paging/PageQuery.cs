using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace MppDirectory.Api.Http.Paging;

/// <summary>
/// Query parameters of a paged list. They bind as text so that a value such as <c>page=abc</c>
/// reaches the validator and gets a problem response naming the parameter, not a bare 400.
/// </summary>
public interface IPagedQuery
{
    const int DefaultPerPage = 20;
    const int MaxPerPage = 100;

    string? Page { get; }

    string? PerPage { get; }

    int PageNumber => Page is null ? 1 : int.Parse(Page, System.Globalization.CultureInfo.InvariantCulture);

    int PageSize => PerPage is null ? DefaultPerPage : int.Parse(PerPage, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A list with paging only.</summary>
public sealed record PageQuery(
    [property: FromQuery(Name = "page"), Description("Page number, from 1."), DefaultValue(1)] string? Page,
    [property: FromQuery(Name = "per_page"), Description("Items per page, 1 to 100."), DefaultValue(IPagedQuery.DefaultPerPage)] string? PerPage) : IPagedQuery;
