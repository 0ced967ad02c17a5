using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MppDirectory.Api.Http.Caching;
using MppDirectory.Api.Http.Localization;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Problems;
using MppDirectory.Api.Http.Validation;
using MppDirectory.Api.ReadModel;

namespace MppDirectory.Api.Http.Counters;

/// <summary>Reads of an MPP's counters, in the <c>/api/v1/mpps</c> group (their writes: <see cref="CounterWritesApi"/>).</summary>
public static class CountersApi
{
    public static RouteGroupBuilder MapCounterReads(this RouteGroupBuilder group)
    {
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
        return group;
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
}
