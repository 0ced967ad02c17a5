using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http.Agencies;
using MppDirectory.Api.Http.Changes;
using MppDirectory.Api.Http.Counters;
using MppDirectory.Api.Http.Datasets;
using MppDirectory.Api.Http.Health;
using MppDirectory.Api.Http.Holidays;
using MppDirectory.Api.Http.Importing;
using MppDirectory.Api.Http.Mpps;
using MppDirectory.Api.Http.Notes;
using MppDirectory.Api.Http.Paging;
using MppDirectory.Api.Http.Regions;
using MppDirectory.Api.Http.Schedules;
using MppDirectory.Api.Http.Search;
using MppDirectory.Api.Http.Services;
using MppDirectory.Api.Http.Sources;
using MppDirectory.Api.Http.Statistics;
using MppDirectory.Api.Http.Stewards;
using MppDirectory.Api.Http.Stewardship;
using MppDirectory.Domain;

namespace MppDirectory.Api.Http;

/// <summary>
/// JSON metadata of every answer the API writes, made at build time. The API's serializer knows these
/// and the domain's records only (no reflection), so an answer type left out of this list fails every
/// test that reads it, not only the Native AOT build.
/// </summary>
[JsonSerializable(typeof(ApiIndex))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(PagedList<MppSummary>))]
[JsonSerializable(typeof(MppDetail))]
[JsonSerializable(typeof(PagedList<CounterView>))]
[JsonSerializable(typeof(CounterView))]
[JsonSerializable(typeof(MppSchedule))]
[JsonSerializable(typeof(PagedList<AgencyKindSummary>))]
[JsonSerializable(typeof(AgencyKindDetail))]
[JsonSerializable(typeof(PagedList<ServiceSummary>))]
[JsonSerializable(typeof(ServiceDetail))]
[JsonSerializable(typeof(PagedList<SourceSummary>))]
[JsonSerializable(typeof(SourceDetail))]
[JsonSerializable(typeof(StewardView))]
[JsonSerializable(typeof(StewardList))]
[JsonSerializable(typeof(PagedList<RegionCoverage>))]
[JsonSerializable(typeof(PagedList<NoteView>))]
[JsonSerializable(typeof(SearchResults))]
[JsonSerializable(typeof(StatisticsReport))]
[JsonSerializable(typeof(HolidayCalendarView))]
[JsonSerializable(typeof(PagedList<DatasetVersionView>))]
[JsonSerializable(typeof(DatasetVersionView))]
[JsonSerializable(typeof(ImportReport))]
[JsonSerializable(typeof(ChangePage))]
[JsonSerializable(typeof(Suggestions.SuggestionView))]
[JsonSerializable(typeof(PagedList<Suggestions.SuggestionView>))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

/// <summary>The JSON of the API's answers: the domain's shape over the answers' metadata (and the domain's).</summary>
public static class ApiJson
{
    public static IJsonTypeInfoResolver Resolver { get; } = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, DirectoryJson.Resolver);

    public static JsonSerializerOptions Options { get; } = DirectoryJson.Create(Resolver);
}
