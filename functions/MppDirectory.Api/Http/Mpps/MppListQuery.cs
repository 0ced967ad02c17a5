using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>Filters of the MPP list, as sent; see <see cref="MppListQueryValidator"/> for their rules.</summary>
public sealed record MppListQuery(
    [property: FromQuery(Name = "q"), Example("dukcapil"), Description("Text search: names, places, agencies (acronyms and synonyms too) and services; results by relevance.")] string? Q,
    [property: FromQuery(Name = "province"), Example("33"), Description("Kemendagri province code, e.g. 33.")] string? Province,
    [property: FromQuery(Name = "regency"), Example("33.75"), Description("Kemendagri regency or city code, e.g. 33.75.")] string? Regency,
    [property: FromQuery(Name = "agency"), Example("imigrasi"), Description("Agency kind id (see /api/v1/agencies): MPPs where it serves.")] string? Agency,
    [property: FromQuery(Name = "service"), Example("paspor"), Description("Service id (see /api/v1/services): MPPs that offer it.")] string? Service,
    [property: FromQuery(Name = "status"), Example("launched"), Description("planned, under-construction, soft-launched or launched.")] string? Status,
    [property: FromQuery(Name = "open_now"), Example("true"), Description("true: MPPs known to be open now; false: known to be closed. MPPs whose hours no source states are in neither.")] string? OpenNow);
