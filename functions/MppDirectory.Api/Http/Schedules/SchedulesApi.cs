using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Schedules;

/// <summary>Reads of an MPP's hours and its counters', in the <c>/api/v1/mpps</c> group (their writes: <see cref="ScheduleWritesApi"/>).</summary>
public static class SchedulesApi
{
    public static RouteGroupBuilder MapScheduleReads(this RouteGroupBuilder group)
    {
        group.MapGet("/{id}/schedule", GetSchedule).WithName("GetMppSchedule").WithSummary("Opening hours of one MPP and its counters").ValidateQuery().Localized()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription(
                "The weekly hours of the MPP and of each counter in the MPP's local time zone (WIB, WITA or WIT), as an OpenStreetMap " +
                "`opening_hours` string and as schema.org OpeningHoursSpecification, with open-now and the next change. National " +
                "holidays (libur nasional) and collective leave days (cuti bersama) close counters unless they say otherwise.");

        return group;
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
