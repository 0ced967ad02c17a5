using System.ComponentModel;
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Links;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Storage.Records;

namespace MppDirectory.Api.Http.Changes;

/// <summary>The public change feed: every accepted write, oldest first, resumable from the last id read.</summary>
public static class ChangesApi
{
    private const int DefaultPerPage = 100;

    /// <summary>The feed as anyone reads it: a few seconds, since new changes append to it.</summary>
    public const string PublicCacheControl = "public, max-age=5";

    /// <summary>The feed as an admin reads it, with actors' names: never in a shared cache.</summary>
    public const string AdminCacheControl = "private, no-store";

    public static RouteGroupBuilder MapChanges(this RouteGroupBuilder routes)
    {
        routes.MapGet("/api/v1/changes", ListChanges)
            .WithName("ListChanges")
            .WithTags("Stewardship")
            .WithSummary("The change feed: stewards' accepted writes, oldest first")
            .WithDescription("Each change: a monotonic id, time, actor (a stable pseudonymous id and role), operation, entity, the fields before and after, citations and request id. "
                + "Resume with since={last id read}; next gives the URL of the following page. A Directory.Admin token also sees actors' names, in an answer no shared cache keeps (private, no-store).")
            .Produces<ChangePage>()
            .WithCacheControl(PublicCacheControl, AdminCacheControl)
            .ValidateQuery()
            .WithMetadata(NotKeptInAnswerCache.Instance);
        return routes;
    }

    public static async Task<IResult> ListChanges(
        [AsParameters] ChangeFeedQuery query, HttpContext context, AuditedWrites writes)
    {
        // Valid by now (ChangeFeedQueryValidator, through ValidateQuery).
        var since = query.Since is null ? 0 : long.Parse(query.Since, NumberStyles.None, CultureInfo.InvariantCulture);
        var take = query.PerPage is null ? DefaultPerPage : int.Parse(query.PerPage, NumberStyles.None, CultureInfo.InvariantCulture);

        var admin = context.User.IsInRole(StewardRoles.Admin);
        var changes = await writes.ReadChangesAsync(since, take, context.RequestAborted);
        var shown = changes.Select(c => admin ? c : c with { Actor = c.Actor with { Name = null } }).ToList();
        var last = shown.Count > 0 ? shown[^1].Id : since;
        // Actors' names are for admins' eyes only: never in a shared cache.
        CacheControl.Choose(context, admin ? AdminCacheControl : PublicCacheControl);
        return Results.Ok(new ChangePage(shown, last, $"/api/v1/changes?since={last}&per_page={take}"));
    }
}

/// <summary>Where to resume the feed and how much to take.</summary>
public sealed record ChangeFeedQuery
{
    [FromQuery(Name = "since"), WholeNumberQuery, Description("Only changes after this id (0 or absent: from the first)."), DefaultValue(0), Example("0")]
    public string? Since { get; init; }

    [FromQuery(Name = "per_page"), WholeNumberQuery, Description("Changes per page, 1 to 100."), DefaultValue(100), Example("100")]
    public string? PerPage { get; init; }
}

/// <summary>One page of the change feed; <see cref="Next"/> resumes after its last change.</summary>
public sealed record ChangePage(IReadOnlyList<ChangeRecord> Changes, long Last, string Next);

public sealed class ChangeFeedQueryValidator : AbstractValidator<ChangeFeedQuery>
{
    public ChangeFeedQueryValidator()
    {
        RuleFor(q => q.Since)
            .Must(value => value is null || long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage("must be a whole number, 0 or more: the id of the last change read")
            .OverridePropertyName("since");
        RuleFor(q => q.PerPage).WholeNumber(1, PageQuery.MaxPerPage).OverridePropertyName("per_page");
    }
}
