using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Regions;

/// <summary>Provinces and regencies with their MPP coverage: <c>/api/v1/regions</c>.</summary>
public static class RegionsApi
{
    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/regions", ListRegions)
            .WithName("ListRegions")
            .WithTags("Regions")
            .WithSummary("Provinces or regencies and cities with their MPP coverage")
            .WithDescription(
                "Kemendagri (Ministry of Home Affairs) regions: provinces (code 33) or regencies (kabupaten) and cities (kota) " +
                "(code 33.75), each with the MPPs the directory has there. Perpres 89/2021 makes every regency and city run an MPP, " +
                "so `level=regency&has_mpp=false` lists the gaps the directory knows of.")
            .ValidateQuery();
        return routes;
    }

    public static async Task<Ok<PagedList<RegionCoverage>>> ListRegions(
        [AsParameters] PageQuery paging, [AsParameters] RegionListQuery query, DirectoryReadModel directory, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var level = query.Level is null ? RegionLevel.Province : EnumNames.Parse<RegionLevel>(query.Level);
        var hasMpp = query.HasMpp is null ? (bool?)null : query.HasMpp == "true";

        var items = snapshot.Data.Regions
            .Where(r => r.Level == level && (query.Province is null || r.Code.StartsWith(query.Province + ".", StringComparison.Ordinal)))
            .Select(r => Coverage(snapshot, r))
            .Where(c => hasMpp is null || (c.Mpps.Count > 0) == hasMpp)
            .ToList();
        return TypedResults.Ok(items.ToPage(paging, context));
    }

    /// <summary>From the snapshot's indexes and province totals, computed once per data version.</summary>
    private static RegionCoverage Coverage(DirectorySnapshot snapshot, Region region)
    {
        var mpps = snapshot.MppsByRegion[region.Code].Select(m => m.AsRef()).ToList();
        var province = region.Level == RegionLevel.Province ? snapshot.Statistics.Provinces.Single(p => p.Code == region.Code) : null;
        return new RegionCoverage(region.Code, region.Name, region.Level, region.ParentCode, province?.Regencies, province?.RegenciesWithMpp, mpps);
    }
}

public sealed record RegionListQuery
{
    [FromQuery(Name = "level"), Example("regency"), Description("province (default) or regency."), DefaultValue("province")]
    public string? Level { get; init; }

    [FromQuery(Name = "province"), Example("33"), Description("Only regions in this province, e.g. 33.")]
    public string? Province { get; init; }

    [FromQuery(Name = "has_mpp"), Example("true"), Description("true: only regions with an MPP; false: only those without.")]
    public string? HasMpp { get; init; }
}

public sealed class RegionListQueryValidator : AbstractValidator<RegionListQuery>
{
    public static readonly IReadOnlyList<string> Levels = ["province", "regency"];

    public RegionListQueryValidator()
    {
        RuleFor(q => q.Level).OneOf(Levels).OverridePropertyName("level");
        RuleFor(q => q.Province).RegionCode(1).OverridePropertyName("province");
        RuleFor(q => q.HasMpp).Boolean().OverridePropertyName("has_mpp");
    }
}

/// <param name="Regencies">For a province: its regencies and cities.</param>
/// <param name="RegenciesWithMpp">For a province: how many of them have an MPP in the directory.</param>
public sealed record RegionCoverage(
    string Code,
    string Name,
    RegionLevel Level,
    string? ParentCode,
    int? Regencies,
    int? RegenciesWithMpp,
    IReadOnlyList<MppRef> Mpps);
