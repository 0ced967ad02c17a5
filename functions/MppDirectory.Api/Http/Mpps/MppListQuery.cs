using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Paging;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>Filters of the MPP list, as sent; see <see cref="MppListQueryValidator"/> for their rules.</summary>
public sealed record MppListQuery(
    [property: FromQuery(Name = "page"), Description("Page number, from 1."), DefaultValue(1)] string? Page,
    [property: FromQuery(Name = "per_page"), Description("Items per page, 1 to 100."), DefaultValue(20)] string? PerPage,
    [property: FromQuery(Name = "q"), Description("Text search: names, places, agencies (acronyms and synonyms too) and services; results by relevance.")] string? Q,
    [property: FromQuery(Name = "province"), Description("Kemendagri province code, e.g. 33.")] string? Province,
    [property: FromQuery(Name = "regency"), Description("Kemendagri regency or city code, e.g. 33.75.")] string? Regency,
    [property: FromQuery(Name = "agency"), Description("Agency kind id (see /api/v1/agencies): MPPs where it serves.")] string? Agency,
    [property: FromQuery(Name = "service"), Description("Service id (see /api/v1/services): MPPs that offer it.")] string? Service,
    [property: FromQuery(Name = "status"), Description("planned, under-construction, soft-launched or launched.")] string? Status,
    [property: FromQuery(Name = "open_now"), Description("true: MPPs known to be open now; false: known to be closed. MPPs whose hours no source states are in neither.")] string? OpenNow)
    : IPagedQuery;
