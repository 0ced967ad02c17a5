using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;
using MppDirectory.Domain;

namespace MppDirectory.Api.Http.Mpps;

/// <summary>The MPP locations, their counters and hours: <c>/api/v1/mpps</c>.</summary>
public static class MppsApi
{
    public static RouteGroupBuilder MapMpps(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/mpps").WithTags("MPPs").WithCacheControl(CacheControl.ClockDependent);

        group.MapGet("/", ListMpps).WithName("ListMpps").WithSummary("List MPP locations").ValidateQuery()
            .WithDescription(
                "The MPPs (Mal Pelayanan Publik: public service malls, one building where many agencies have counters side by side) " +
                "the directory knows, with their region, status and whether they are open now. Filter by Kemendagri region code, " +
                "agency kind, service, status or open-now, or search by text (`q`, results by relevance). `status` is the furthest " +
                "opening phase that has happened: planned, under-construction, soft-launched (serving before the official opening) or launched.");
        group.MapGet("/{id}", GetMpp).WithName("GetMpp").WithSummary("Get one MPP").ValidateQuery().Localized().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription(
                "Everything the sources say of one MPP: regions, address, milestones (construction, soft launch, grand launch), " +
                "counters (gerai or loket: one agency's desk), services, counts as reported beside counts derived from the records, " +
                "opening hours, data-quality notes and the cited sentence behind each fact.");
        group.MapGet("/{id}/counters", ListCounters).WithName("ListMppCounters").WithSummary("List the counters of one MPP").ValidateQuery().Localized()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription(
                "The counters (gerai or loket: one agency's service desk inside the MPP) with their agency kind, status " +
                "(serving, joining-later, or possible: only named as an agency that might join), services and the hours that apply to each.");
        group.MapGet("/{id}/counters/{counterId}", GetCounter).WithName("GetMppCounter").WithSummary("Get one counter of an MPP").ValidateQuery().Localized()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription(
                "One counter with its agency kind, status, services, hours and citations. An ended counter (status ended) keeps its record, " +
                "with the date it ended. Its ETag starts with the MPP's revision, which a steward's PUT or DELETE of the counter sends as If-Match.");
        group.MapGet("/{id}/schedule", GetSchedule).WithName("GetMppSchedule").WithSummary("Opening hours of one MPP and its counters").ValidateQuery().Localized()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription(
                "The weekly hours of the MPP and of each counter in the MPP's local time zone (WIB, WITA or WIT), as an OpenStreetMap " +
                "`opening_hours` string and as schema.org OpeningHoursSpecification, with open-now and the next change. National " +
                "holidays (libur nasional) and collective leave days (cuti bersama) close counters unless they say otherwise.");

        return group;
    }

    public static async Task<Ok<PagedList<MppSummary>>> ListMpps(
        [AsParameters] PageQuery paging, [AsParameters] MppListQuery query, DirectoryReadModel directory, ClockBoundAnswers answers, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var criteria = new MppCriteria(
            query.Q,
            query.Province,
            query.Regency,
            query.Agency,
            query.Service,
            query.Status is null ? null : EnumNames.Parse<MppStatus>(query.Status),
            query.OpenNow is null ? null : query.OpenNow == "true");
        var mpps = answers.Get(context, snapshot, now => snapshot.Find(criteria, now).Select(m => m.AsSummary(snapshot, now)).ToList());
        return TypedResults.Ok(mpps.ToPage(paging, context));
    }

    public static async Task<Results<Ok<MppDetail>, ProblemHttpResult>> GetMpp(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, [AsParameters] LanguageQuery language, DirectoryReadModel directory, ClockBoundAnswers answers, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return ProblemResults.NotFound("MPP", id);
        }

        // Its ETag starts with the record's revision, which writes compare (If-Match); so do its counters' answers.
        context.Items[MppRevision.ItemKey] = MppRevision.Of(mpp);
        return TypedResults.Ok(answers.Get(context, snapshot, now => mpp.AsDetail(snapshot, now, RequestLanguage.Of(context.Request))));
    }

    public static async Task<Results<Ok<PagedList<CounterView>>, ProblemHttpResult>> ListCounters(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, [AsParameters] PageQuery paging, [AsParameters] LanguageQuery language, DirectoryReadModel directory, ClockBoundAnswers answers, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return ProblemResults.NotFound("MPP", id);
        }

        context.Items[MppRevision.ItemKey] = MppRevision.Of(mpp);
        var counters = answers.Get(context, snapshot, now => mpp.Counters.Select(c => c.AsView(mpp, snapshot, now, RequestLanguage.Of(context.Request))).ToList());
        return TypedResults.Ok(counters.ToPage(paging, context));
    }

    public static async Task<Results<Ok<CounterView>, ProblemHttpResult>> GetCounter(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id,
        [Description("The counter's id within its MPP, e.g. e-ktp."), Example("e-ktp")] string counterId,
        [AsParameters] LanguageQuery language, DirectoryReadModel directory, ClockBoundAnswers answers, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return ProblemResults.NotFound("MPP", id);
        }

        if (mpp.Counters.FirstOrDefault(c => c.Id == counterId) is not { } counter)
        {
            return ProblemResults.NotFound("counter", $"{id}/{counterId}");
        }

        context.Items[MppRevision.ItemKey] = MppRevision.Of(mpp);
        return TypedResults.Ok(answers.Get(context, snapshot, now => counter.AsView(mpp, snapshot, now, RequestLanguage.Of(context.Request))));
    }

    public static async Task<Results<Ok<MppSchedule>, ProblemHttpResult>> GetSchedule(
        [Description("The MPP's readable id, e.g. kota-pekalongan."), Example("kota-pekalongan")] string id, [AsParameters] LanguageQuery language, DirectoryReadModel directory, ClockBoundAnswers answers, HttpContext context)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        if (!snapshot.MppsById.TryGetValue(id, out var mpp))
        {
            return ProblemResults.NotFound("MPP", id);
        }

        var lang = RequestLanguage.Of(context.Request);
        return TypedResults.Ok(answers.Get(context, snapshot, now => new MppSchedule(
            mpp.Id,
            now,
            ScheduleViews.For(snapshot, mpp, null, now, lang),
            [.. mpp.Counters.Select(c => new CounterSchedule(c.Id, c.StatedName, ScheduleViews.For(snapshot, mpp, c, now, lang)))],
            snapshot.Data.Holidays.Note.In(lang))));
    }
}
