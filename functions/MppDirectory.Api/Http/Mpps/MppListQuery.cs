using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Links;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>Filters of the MPP list, as sent; see <see cref="MppListQueryValidator"/> for their rules.</summary>
public sealed record MppListQuery
{
    [FromQuery(Name = "q"), FreeTextQuery, Example("dukcapil"), Description("Text search: names, places, agencies (acronyms and synonyms too) and services; results by relevance.")]
    public string? Q { get; init; }

    [FromQuery(Name = "province"), Example("33"), Description("Kemendagri province code, e.g. 33.")]
    public string? Province { get; init; }

    [FromQuery(Name = "regency"), Example("33.75"), Description("Kemendagri regency or city code, e.g. 33.75.")]
    public string? Regency { get; init; }

    [FromQuery(Name = "agency"), Example("imigrasi"), Description("Agency kind id (see /api/v1/agencies): MPPs where it serves.")]
    public string? Agency { get; init; }

    [FromQuery(Name = "service"), Example("paspor"), Description("Service id (see /api/v1/services): MPPs that offer it.")]
    public string? Service { get; init; }

    [FromQuery(Name = "status"), Example("launched"), Description("planned, under-construction, soft-launched or launched.")]
    public string? Status { get; init; }

    [FromQuery(Name = "open_now"), Example("true"), Description("true: MPPs known to be open now; false: known to be closed. MPPs whose hours no source states are in neither.")]
    public string? OpenNow { get; init; }

    [FromQuery(Name = "verification_due"), Example("true"), Description("true: MPPs whose own record is due for a steward's check (never checked, or not within the verification period); false: checked within it.")]
    public string? VerificationDue { get; init; }
}
