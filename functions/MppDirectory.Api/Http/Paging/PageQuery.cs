using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Links;

namespace MppDirectory.Api.Http.Paging;

/// <summary>
/// The paging parameters of every list, bound beside the list's own query record. They bind as text
/// so that a value such as <c>page=abc</c> reaches the validator and gets a problem naming the
/// parameter, not a bare 400.
/// </summary>
public sealed record PageQuery
{
    [FromQuery(Name = "page"), WholeNumberQuery, Description("Page number, from 1."), DefaultValue(1), Example("1")]
    public string? Page { get; init; }

    [FromQuery(Name = "per_page"), WholeNumberQuery, Description("Items per page, 1 to 100."), DefaultValue(PageQuery.DefaultPerPage), Example("20")]
    public string? PerPage { get; init; }

    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 100;

    public int PageNumber => Page is null ? 1 : int.Parse(Page, CultureInfo.InvariantCulture);

    public int PageSize => PerPage is null ? DefaultPerPage : int.Parse(PerPage, CultureInfo.InvariantCulture);
}
