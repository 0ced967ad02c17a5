using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;
using MppDirectory.Domain.Records;

namespace MppDirectory.Api.Http.Holidays;

/// <summary>The national holiday and cuti bersama calendar that closes counters: <c>/api/v1/holidays</c>.</summary>
public static class HolidaysApi
{
    public static IEndpointRouteBuilder MapHolidays(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/holidays", GetHolidays)
            .WithName("GetHolidays")
            .WithTags("Schedules")
            .WithSummary("National holidays and collective leave days, each with its source")
            .ValidateQuery()
            .Localized()
            .WithDescription(
                "The calendar of libur nasional (national holidays) and cuti bersama (collective leave days) that close counters. " +
                "They are set each year by a joint decree of three ministers, so the dates are data with a source, not a formula; " +
                "`note` says how complete the calendar is (it may be empty).");
        return routes;
    }

    public static async Task<Ok<HolidayCalendarView>> GetHolidays([AsParameters] LanguageQuery language, DirectoryReadModel directory, HttpContext context)
    {
        var calendar = (await directory.GetAsync(context.RequestAborted)).Data.Holidays;
        return TypedResults.Ok(new HolidayCalendarView(calendar.Note.In(RequestLanguage.Of(context.Request)), calendar.Days));
    }
}

/// <param name="Note">How complete the calendar is, in the language asked for.</param>
/// <param name="Days">The days, oldest first.</param>
public sealed record HolidayCalendarView(string Note, IReadOnlyList<Holiday> Days);
